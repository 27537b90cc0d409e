import { describe, expect, it } from "vitest";
import { RelatedInsight } from "@shared/schemas/entities";
import type { Graph } from "@shared/schemas/entities";
import { addPage, emptyTheme, expandInsight, selectInsight, shownPart, themeClasses, themeGraph } from "./theme";

const id = (n: number) => String(n).padStart(16, "a");
const node = (n: number) => ({ id: id(n), label: `Insight ${n}`, insightCount: 1, kind: "insight" as const });
const page1: Graph = { nodes: [node(1), node(2)], edges: [{ source: id(1), target: id(2), weight: 0.5 }] };
const page2: Graph = { nodes: [node(3)], edges: [{ source: id(3), target: id(9), weight: 0.9 }] };
const related = (n: number, score: number) =>
  RelatedInsight.parse({ id: id(n), text: `Insight ${n}`, score, sharedTopics: [], reason: "shares a topic" });

describe("theme view state", () => {
  it("adds pages, counting what was loaded and dropping edges to insights not shown", () => {
    const state = addPage(addPage(emptyTheme, page1), page2);
    expect(state.loaded).toBe(3);
    expect(themeGraph(state).edges).toHaveLength(1);
    expect(shownPart(state, 10)).toEqual({ shown: 3, total: 10, more: true });
    expect(shownPart(state, 3).more).toBe(false);
  });

  it("joins a page's links to earlier pages and takes the pages' own total", () => {
    const later: Graph = { nodes: [node(3)], edges: [{ source: id(1), target: id(3), weight: 0.7 }], total: 4 };
    const state = addPage(addPage(emptyTheme, page1), later);
    expect(themeGraph(state).edges.map((edge) => [edge.source, edge.target])).toEqual([[id(1), id(2)], [id(1), id(3)]]);
    expect(shownPart(state, 10)).toEqual({ shown: 3, total: 4, more: true });
  });

  it("expands an insight in place: its related insights join, linked to it, marked as pulled in", () => {
    const state = expandInsight(addPage(emptyTheme, page1), id(1), [related(2, 0.4), related(7, 0.8)]);
    expect([...state.nodes.keys()]).toEqual([id(1), id(2), id(7)]);
    expect(state.pulledIn.has(id(7))).toBe(true);
    expect(state.pulledIn.has(id(2))).toBe(false);
    expect(state.expanded.has(id(1))).toBe(true);
    expect(themeGraph(state).edges.find((edge) => edge.target === id(7))?.weight).toBe(0.8);
    // The heavier score wins for a pair already linked.
    expect(themeGraph(state).edges.find((edge) => edge.target === id(2))?.weight).toBe(0.5);
  });

  it("makes a pulled-in insight the topic's own when its page arrives", () => {
    const expanded = expandInsight(addPage(emptyTheme, page1), id(1), [related(3, 0.4)]);
    expect(addPage(expanded, page2).pulledIn.has(id(3))).toBe(false);
  });

  it("ignores expanding or selecting an insight that is not shown", () => {
    const state = addPage(emptyTheme, page1);
    expect(expandInsight(state, id(5), [related(6, 1)])).toBe(state);
    expect(selectInsight(state, id(5))).toBe(state);
  });

  it("highlights the selected insight and its links and fades the rest", () => {
    const state = selectInsight(addPage(addPage(emptyTheme, page1), { nodes: [node(4)], edges: [] }), id(1));
    const classes = themeClasses(state);
    expect(classes.get(id(1))).toBe("selected");
    expect(classes.get(id(2))).toBe("neighbour");
    expect(classes.get(id(4))).toBe("faded");
    expect([...classes.values()].filter((value) => value === "highlighted")).toHaveLength(1);
  });
});
