import type { InsightId } from "@shared/ids";
import { transitionWords } from "@shared/transition";
import { describe, expect, it } from "vitest";
import { orderAsArgument } from "./argument";
import { pairKey } from "./strength";

const id = (c: string) => c.repeat(32) as InsightId;
const claim = (c: string, text: string, strength: number) => ({ id: id(c), text, strength });

describe("orderAsArgument with typed relations", () => {
  const items = [
    claim("a", "Open models help small nations.", 1),
    // Cue words say "contrasts", the labelled relation says it supports: the relation wins.
    claim("b", "But open models also help small firms.", 0.8),
    // No cue word, but labelled as contradicting: it contrasts, and comes after what supports.
    claim("c", "Open models leave small nations dependent.", 0.9),
    claim("d", "Still, open models need compute.", 0.5),
  ];
  const pairs = new Map([
    [pairKey(id("a"), id("b")), 0.9],
    [pairKey(id("a"), id("c")), 0.8],
    [pairKey(id("a"), id("d")), 0.7],
  ]);
  const relations = new Map([
    [pairKey(id("a"), id("b")), "supports" as const],
    [pairKey(id("a"), id("c")), "contradicts" as const],
  ]);
  const placed = orderAsArgument(items, pairs, relations);

  it("places a labelled pair by its relation and an unlabelled one by its cue words", () => {
    expect(placed.map((p) => [p.item.id[0], p.role, p.relation ?? null])).toEqual([
      ["a", "central", null],
      ["b", "extends", "supports"],
      ["d", "extends", null],
      ["c", "contrasts", "contradicts"],
    ]);
  });

  it("words the transition by the relation, else by the role, keeping the number to follow", () => {
    const words = placed.map((p) => transitionWords({ role: p.role, respondsTo: p.respondsTo, ...(p.relation ? { relation: p.relation } : {}) }));
    expect(words).toEqual([null, "supports", "extends", "contradicts"]);
  });
});
