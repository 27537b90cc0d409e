import type { InsightId, TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import type { PathNodeRow, PathRow } from "../repositories/paths";
import { explainPaths } from "./explainPaths";

const insight = (id: string, topics: string[] = []): PathNodeRow => ({
  kind: "insight",
  id: id as InsightId,
  text: `text of ${id}`,
  topics: topics as TopicSlug[],
});
const topic = (slug: string): PathNodeRow => ({ kind: "topic", slug: slug as TopicSlug, name: slug.replace("-", " ") });
const path = (...nodes: (PathNodeRow | string)[]): PathRow => {
  const reasons: (string | null)[] = [];
  const kept: PathNodeRow[] = [];
  for (const node of nodes) {
    if (typeof node === "string") reasons.push(node);
    else {
      if (kept.length > 0 && reasons.length < kept.length) reasons.push(null);
      kept.push(node);
    }
  }
  return { nodes: kept, reasons, relations: reasons.map(() => null) };
};

describe("explainPaths", () => {
  it("carries a related link's typed relation onto its step", () => {
    const row = path(insight("a"), "shares: compute", insight("b"));
    const { paths } = explainPaths([{ ...row, relations: ["contradicts"] }], 3);
    expect(paths[0]!.hops[0]).toMatchObject({ via: "related", relation: "contradicts" });
    expect(explainPaths([row], 3).paths[0]!.hops[0]).not.toHaveProperty("relation");
  });

  it("explains a related link with its stored reason and a topic step by the topic", () => {
    const rows = [path(insight("a"), "shares: compute", insight("b", ["open-source"]), topic("open-source"), insight("c", ["open-source"]))];
    const { paths, insights } = explainPaths(rows, 3);
    expect(paths).toEqual([
      {
        hops: [
          { from: "a", to: "b", via: "related", topic: null, reason: "shares: compute" },
          { from: "b", to: "c", via: "topic", topic: { slug: "open-source", name: "open source" }, reason: "both about open source" },
        ],
      },
    ]);
    expect(insights.map((node) => node.id)).toEqual(["a", "b", "c"]);
  });

  it("drops a roundabout path when an earlier insight is about the same topic", () => {
    const direct = path(insight("a", ["x-y"]), topic("x-y"), insight("c", ["x-y"]));
    const roundabout = path(insight("a", ["x-y"]), "related", insight("b", ["x-y"]), topic("x-y"), insight("c", ["x-y"]));
    expect(explainPaths([direct, roundabout], 3).paths).toHaveLength(1);
  });

  it("merges paths through the same insights by different topics into one step naming them all", () => {
    const rows = [
      path(insight("a", ["p-q", "r-s"]), topic("p-q"), insight("c", ["p-q", "r-s"])),
      path(insight("a", ["p-q", "r-s"]), topic("r-s"), insight("c", ["p-q", "r-s"])),
    ];
    const { paths } = explainPaths(rows, 3);
    expect(paths).toHaveLength(1);
    expect(paths[0]!.hops[0]!.reason).toBe("both about p q and r s");
  });

  it("keeps at most k paths, shortest (first) first", () => {
    const rows = ["b", "c", "d", "e"].map((middle) => path(insight("a"), "related", insight(middle), "related", insight("z")));
    const { paths } = explainPaths(rows, 2);
    expect(paths.map((p) => p.hops[0]!.to)).toEqual(["b", "c"]);
  });

  it("gives no paths for no rows", () => {
    expect(explainPaths([], 3)).toEqual({ paths: [], insights: [] });
  });
});

describe("explainPaths on links stored both ways", () => {
  it("drops a path that comes back to an insight it passed", () => {
    const back = path(insight("a"), "r1", insight("b"), "r2", insight("a"), "r3", insight("c"));
    const direct = path(insight("a"), "r3", insight("c"));
    expect(explainPaths([direct, back], 3).paths).toHaveLength(1);
  });
});
