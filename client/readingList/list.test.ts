import { describe, expect, it } from "vitest";
import type { InsightId, TopicSlug } from "@shared/ids";
import { addInsight, emptyList, maxItems, moveBy, moveItem, parseList, removeInsight, themeTopics, toggleInsight } from "./list";

const topic = (slug: string) => ({ slug: slug as TopicSlug, name: slug });
const item = (n: number, topics = [topic("open-source")]) => ({ id: String(n).padStart(16, "c") as InsightId, text: `Claim ${n}`, topics });
const ids = (list: { items: readonly { id: string }[] }) => list.items.map((entry) => Number(entry.id.replace(/^c+/, "")));
const list123 = [1, 2, 3].reduce((list, n) => addInsight(list, item(n)), emptyList);

describe("the reading list", () => {
  it("adds at the end, once", () => {
    expect(ids(addInsight(list123, item(2)))).toEqual([1, 2, 3]);
    expect(addInsight(list123, item(2))).toBe(list123);
    expect(ids(toggleInsight(list123, item(4)))).toEqual([1, 2, 3, 4]);
    expect(ids(toggleInsight(list123, item(2)))).toEqual([1, 3]);
  });

  it("reorders by drag (index to index) and by keyboard (one step), clamped at the ends", () => {
    expect(ids(moveItem(list123, 0, 2))).toEqual([2, 3, 1]);
    expect(ids(moveItem(list123, 2, -5))).toEqual([3, 1, 2]);
    expect(ids(moveBy(list123, item(3).id, -1))).toEqual([1, 3, 2]);
    expect(moveBy(list123, item(1).id, -1)).toBe(list123);
  });

  it("removes, and stops growing when full", () => {
    expect(ids(removeInsight(list123, item(2).id))).toEqual([1, 3]);
    let full = emptyList;
    for (let n = 1; n <= maxItems + 5; n++) full = addInsight(full, item(n));
    expect(full.items).toHaveLength(maxItems);
  });

  it("builds a saved list's theme from the topics most items share", () => {
    const list = [item(1, [topic("a"), topic("b")]), item(2, [topic("b")]), item(3, [])].reduce(addInsight, emptyList);
    expect(themeTopics(list)).toEqual(["b", "a"]);
    expect(themeTopics(list, 1)).toEqual(["b"]);
  });

  it("survives a reload through its stored text, and junk reads as empty", () => {
    expect(parseList(JSON.stringify(list123))).toEqual(list123);
    expect(parseList("not json")).toEqual(emptyList);
    expect(parseList(JSON.stringify({ items: [{ id: "nope", text: 1 }, item(1)], savedId: 5 }))).toEqual({ items: [item(1)], savedId: null });
  });
});
