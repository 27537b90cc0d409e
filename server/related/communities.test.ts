import { describe, expect, it } from "vitest";
import type { CommunityEdge } from "../repositories/communities";
import { detectCommunities, matchCommunities } from "./communities";

/** Two dense clusters joined by one weak edge. */
const clique = (names: string[], weight: number): CommunityEdge[] =>
  names.flatMap((a, i) => names.slice(i + 1).map((b) => ({ source: a, target: b, weight })));
const ai = ["compute", "open-source", "sovereign-ai", "fine-tuning"];
const food = ["sourdough", "starter", "flour"];
const links = [...clique(ai, 0.6), ...clique(food, 0.7), { source: "compute", target: "flour", weight: 0.05 }];

describe("detectCommunities", () => {
  it("finds the two clusters, whatever order the links come in", () => {
    const groups = detectCommunities([...ai, ...food], links);
    expect(groups.map((g) => g.join(",")).sort()).toEqual([[...ai].sort().join(","), [...food].sort().join(",")].sort());
    const shuffled = detectCommunities([...food, ...ai].reverse(), [...links].reverse());
    expect(shuffled).toEqual(groups);
  });

  it("puts a topic with no links in a community of its own", () => {
    const groups = detectCommunities([...ai, "alone"], clique(ai, 0.5));
    expect(groups).toContainEqual(["alone"]);
  });
});

describe("matchCommunities", () => {
  it("keeps the ids people know when the graph grows", () => {
    const previous = new Map<string, number>([...ai.map((s) => [s, 7] as const), ...food.map((s) => [s, 3] as const)]);
    const grown = [[...food, "rye"], [...ai, "chips"], ["marathon"]];
    const ids = matchCommunities(grown, previous);
    expect(ids.get("sourdough")).toBe(3);
    expect(ids.get("rye")).toBe(3);
    expect(ids.get("compute")).toBe(7);
    expect(ids.get("chips")).toBe(7);
    expect(ids.get("marathon")).toBe(8);
  });

  it("gives a split community's id to the larger part and a fresh id to the other", () => {
    const previous = new Map(["a", "b", "c", "d", "e"].map((s) => [s, 0] as const));
    const ids = matchCommunities([["d", "e"], ["a", "b", "c"]], previous);
    expect(ids.get("a")).toBe(0);
    expect(ids.get("d")).toBe(1);
  });

  it("numbers a first partition from 0, largest group first", () => {
    const ids = matchCommunities([["x"], ["p", "q"]], new Map());
    expect([ids.get("p"), ids.get("q"), ids.get("x")]).toEqual([0, 0, 1]);
  });
});
