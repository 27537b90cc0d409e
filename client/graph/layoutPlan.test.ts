import { describe, expect, it } from "vitest";
import { requestFor } from "./computeLayout";
import { layoutQuality, planLayout, seedNearNeighbours } from "./layoutPlan";
import { decodePositions, encodePositions, mergePositions } from "./layoutStore";

const at = (x: number, y: number) => ({ x, y });
const edges = [
  { source: "a", target: "b" },
  { source: "b", target: "c" },
  { source: "c", target: "new" },
];

describe("planLayout", () => {
  it("reuses stored positions as they are when every node has one", () => {
    const stored = new Map([["a", at(0, 0)], ["b", at(10, 0)], ["stale", at(99, 99)]]);
    const plan = planLayout(["a", "b"], edges, stored);
    expect(plan.kind).toBe("preset");
    expect(plan.kind === "preset" && [...plan.positions.keys()]).toEqual(["a", "b"]);
  });

  it("lays everything out when nothing, or too little, is known", () => {
    expect(planLayout(["a", "b", "c"], edges, new Map()).kind).toBe("full");
    const one = new Map([["a", at(0, 0)]]);
    expect(planLayout(["a", "b", "c", "d", "e", "f", "g", "h", "i"], edges, one).kind).toBe("full");
  });

  it("places only the new nodes when most are known, starting them beside their neighbours", () => {
    const stored = new Map([["a", at(0, 0)], ["b", at(100, 0)], ["c", at(200, 0)]]);
    const plan = planLayout(["a", "b", "c", "new"], edges, stored);
    expect(plan.kind).toBe("incremental");
    if (plan.kind !== "incremental") return;
    expect(plan.missing).toEqual(["new"]);
    const seed = plan.seeds.get("new")!;
    expect(Math.hypot(seed.x - 200, seed.y)).toBeLessThan(70);
  });

  it("starts unconnected new nodes outside the drawing and never on the same spot", () => {
    const placed = new Map([["a", at(0, 0)], ["b", at(100, 100)]]);
    const seeds = seedNearNeighbours(["x", "y"], [], placed);
    const x = seeds.get("x")!;
    const y = seeds.get("y")!;
    expect(Math.hypot(x.x - 50, x.y - 50)).toBeGreaterThan(100);
    expect(x).not.toEqual(y);
  });

  it("sends an incremental layout only the new nodes and the placed nodes they touch", () => {
    const stored = new Map([["a", at(0, 0)], ["b", at(100, 0)], ["c", at(200, 0)]]);
    const plan = planLayout(["a", "b", "c", "new"], edges, stored);
    if (plan.kind === "preset") throw new Error("expected a layout");
    const nodes = ["a", "b", "c", "new"].map((id) => ({ id, size: 20 }));
    const request = requestFor(plan, nodes, edges);
    expect(request.nodes.map((node) => node.id).sort()).toEqual(["c", "new"]);
    expect(request.fixed.map(([id]) => id)).toEqual(["c"]);
  });

  it("drafts big graphs and refines small ones", () => {
    expect(layoutQuality(100)).toBe("default");
    expect(layoutQuality(2_000)).toBe("draft");
  });
});

describe("stored positions", () => {
  it("round-trip, rounded to a tenth of a pixel", () => {
    const positions = new Map([["a", at(1.234, -5.67)]]);
    expect(decodePositions(encodePositions(positions)).get("a")).toEqual(at(1.2, -5.7));
  });

  it("read junk, other versions and broken pairs as nothing stored", () => {
    expect(decodePositions("{").size).toBe(0);
    expect(decodePositions(JSON.stringify({ v: 0, p: { a: [1, 2] } })).size).toBe(0);
    expect([...decodePositions(JSON.stringify({ v: 1, p: { a: [1, "x"], b: [3, 4] } })).keys()]).toEqual(["b"]);
  });

  it("merge new positions over stored ones and keep the rest", () => {
    const merged = mergePositions(new Map([["a", at(0, 0)], ["b", at(1, 1)]]), new Map([["b", at(5, 5)]]));
    expect(Object.fromEntries(merged)).toEqual({ a: at(0, 0), b: at(5, 5) });
  });
});
