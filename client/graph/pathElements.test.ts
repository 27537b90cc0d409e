import type { InsightPath } from "@shared/api/path";
import type { InsightId, TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { pathElements } from "./pathElements";

const hop = (from: string, to: string, topic?: string) => ({
  from: from as InsightId,
  to: to as InsightId,
  via: topic ? ("topic" as const) : ("related" as const),
  topic: topic ? { slug: topic as TopicSlug, name: topic } : null,
  reason: "r",
});

describe("pathElements", () => {
  const paths: InsightPath[] = [{ hops: [hop("a", "z")] }, { hops: [hop("a", "m", "compute"), hop("m", "z")] }];
  const { elements, positions } = pathElements(paths, new Map([["a", "Start"], ["z", "End"], ["m", "Middle"]]), "a", "z");

  it("puts the start left, the end right and each path on its own row", () => {
    expect(positions.a!.x).toBe(0);
    expect(positions.z!.x).toBeGreaterThan(positions.m!.x);
    expect(positions.m!.y).not.toBe(0);
  });

  it("draws one edge per step, topic steps dotted and named", () => {
    const edges = elements.filter((element) => element.group === "edges");
    expect(edges.map((edge) => edge.data.id)).toEqual(["a->z", "a->m", "m->z"]);
    expect(edges[1]).toMatchObject({ classes: "shares", data: { label: "compute" } });
    expect(edges[0]!.classes).toBe("related");
    expect(elements.filter((element) => element.classes === "focus").map((node) => node.data.id).sort()).toEqual(["a", "z"]);
  });

  it("draws a typed related step as its relation", () => {
    const typed = pathElements([{ hops: [{ ...hop("a", "z"), relation: "contradicts" }] }], new Map(), "a", "z");
    expect(typed.elements.find((element) => element.group === "edges")!.classes).toBe("related relation-contradicts");
  });
});
