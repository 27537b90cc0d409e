import { describe, expect, it } from "vitest";
import { TopicSlug } from "@shared/ids";
import type { Graph } from "@shared/schemas/entities";
import {
  showMoreTopics,
  shownTopics,
  setMinWeight,
  toggleTheme,
  visibleEdgeCount,
  clearSelection,
  explorerClasses,
  explorerFromSearch,
  explorerToSearch,
  filterTopics,
  initialExplorer,
  listedTopics,
  neighboursOf,
  selectTopic,
  themeTopics,
} from "./explorer";

const slug = (text: string) => TopicSlug.parse(text);

const graph: Graph = {
  nodes: [
    { id: "compute", label: "Compute", insightCount: 4 },
    { id: "sovereign-ai", label: "Sovereign AI", insightCount: 9 },
    { id: "open-source", label: "Open source", insightCount: 4 },
    { id: "fine-tuning", label: "Fine-tuning", insightCount: 1 },
  ],
  edges: [
    { source: "sovereign-ai", target: "open-source", weight: 0.6 },
    { source: "compute", target: "sovereign-ai", weight: 0.2 },
  ],
};

const themed: Graph = {
  ...graph,
  nodes: graph.nodes.map((node) => ({ ...node, community: node.id === "fine-tuning" ? 1 : 0 })),
};

describe("explorer state", () => {
  it("selects and clears a topic without touching the filter", () => {
    const state = selectTopic(filterTopics(initialExplorer, "ai"), slug("compute"));
    expect(state).toEqual({ ...initialExplorer, selectedTopic: "compute", filter: "ai" });
    expect(clearSelection(state)).toEqual({ ...initialExplorer, selectedTopic: null, filter: "ai" });
  });

  it("returns the same object when nothing changes, so React skips the update", () => {
    const state = selectTopic(initialExplorer, slug("compute"));
    expect(selectTopic(state, slug("compute"))).toBe(state);
    expect(clearSelection(initialExplorer)).toBe(initialExplorer);
    expect(filterTopics(initialExplorer, "")).toBe(initialExplorer);
  });

  it("round-trips through the URL and ignores a topic that is not a slug", () => {
    const state = { ...initialExplorer, selectedTopic: slug("open-source"), filter: "open", minWeight: 0.25, theme: 3, limit: 500 };
    expect(explorerFromSearch(explorerToSearch(state))).toEqual(state);
    expect(explorerToSearch(initialExplorer).toString()).toBe("");
    expect(explorerFromSearch(new URLSearchParams("topic=Not%20A%20Slug"))).toEqual(initialExplorer);
  });
});

describe("listedTopics", () => {
  it("lists most insights first, ties by name", () => {
    expect(listedTopics(graph, initialExplorer).map((node) => node.id)).toEqual([
      "sovereign-ai",
      "compute",
      "open-source",
      "fine-tuning",
    ]);
  });

  it("keeps topics whose name or slug contains the filter, ignoring case and spaces", () => {
    const listed = listedTopics(graph, filterTopics(initialExplorer, "  TUNING "));
    expect(listed.map((node) => node.id)).toEqual(["fine-tuning"]);
  });
});

describe("explorerClasses", () => {
  it("marks the selected topic and its neighbours and fades the rest", () => {
    const classes = explorerClasses(graph, selectTopic(initialExplorer, slug("sovereign-ai")));
    expect(Object.fromEntries(classes)).toEqual({
      "sovereign-ai": "selected",
      "open-source": "neighbour",
      compute: "neighbour",
      "fine-tuning": "faded",
      "open-source--sovereign-ai": "highlighted",
      "compute--sovereign-ai": "highlighted",
    });
  });

  it("clears every class when nothing is selected or filtered", () => {
    const classes = explorerClasses(graph, initialExplorer);
    expect([...classes.values()].every((value) => value === "")).toBe(true);
    expect(classes.size).toBe(graph.nodes.length + graph.edges.length);
  });

  it("fades topics the filter leaves out", () => {
    const classes = explorerClasses(graph, filterTopics(initialExplorer, "open"));
    expect(classes.get("open-source")).toBe("match");
    expect(classes.get("compute")).toBe("faded");
  });

  it("finds neighbours whichever way the edge points", () => {
    expect([...neighboursOf(graph, "compute")]).toEqual(["sovereign-ai"]);
  });
});

describe("map controls", () => {
  it("hides edges under the minimum weight and leaves neighbours only along visible edges", () => {
    const state = setMinWeight(selectTopic(initialExplorer, slug("sovereign-ai")), 0.5);
    const classes = explorerClasses(graph, state);
    expect(classes.get("compute--sovereign-ai")).toBe("hidden");
    expect(classes.get("open-source--sovereign-ai")).toBe("highlighted");
    expect(classes.get("compute")).toBe("faded");
    expect(visibleEdgeCount(graph, 0.5)).toBe(1);
  });

  it("clamps the minimum weight to 0..1 and keeps the same state for the same value", () => {
    expect(setMinWeight(initialExplorer, 3).minWeight).toBe(1);
    expect(setMinWeight(initialExplorer, -1)).toBe(initialExplorer);
  });

  it("fades topics outside a highlighted theme, and picking it again clears it", () => {
    const state = toggleTheme(initialExplorer, 1);
    const classes = explorerClasses(themed, state);
    expect(classes.get("fine-tuning")).toBe("");
    expect(classes.get("compute")).toBe("faded");
    expect(toggleTheme(state, 1).theme).toBeNull();
  });

  it("asks for more topics one step at a time and stops at the largest", () => {
    const more = showMoreTopics(initialExplorer);
    expect(more.limit).toBe(500);
    const most = showMoreTopics(showMoreTopics(more));
    expect(most.limit).toBe(2000);
    expect(showMoreTopics(most)).toBe(most);
  });

  it("says how much of the map is shown and offers the next step and all of it", () => {
    const topics = (count: number) => Array.from({ length: count }, (_, n) => ({ id: `t${n}`, label: `T${n}`, insightCount: 1 }));
    const page = (count: number, total?: number) => ({ nodes: topics(count), edges: [], ...(total === undefined ? {} : { total }) });
    const part = shownTopics(page(150, 303), initialExplorer);
    expect(part).toMatchObject({ shown: 150, total: 303, cut: true, more: null, all: { limit: 303 } });
    const big = shownTopics(page(150, 4_000), initialExplorer);
    expect(big).toMatchObject({ total: 4_000, cut: true, more: { limit: 500 }, all: null });
    expect(shownTopics(page(120, 120), initialExplorer)).toMatchObject({ cut: false, more: null, all: null });
    // An older server without a total: a full page may hide more.
    expect(shownTopics(page(150), initialExplorer)).toMatchObject({ total: null, cut: true, more: { limit: 500 }, all: null });
    expect(shownTopics(page(90), initialExplorer)).toMatchObject({ total: 90, cut: false });
  });

  it("ignores nonsense in the URL", () => {
    const state = explorerFromSearch(new URLSearchParams("minWeight=abc&theme=-2&limit=999999"));
    expect(state).toEqual({ ...initialExplorer, limit: 2000 });
  });
});

describe("an opened theme", () => {
  it("lists its topics on the map, largest first", () => {
    const graph = {
      nodes: [
        { id: "a", label: "Alpha", insightCount: 2, community: 1 },
        { id: "b", label: "Beta", insightCount: 5, community: 1 },
        { id: "c", label: "Gamma", insightCount: 9, community: 2 },
        { id: "d", label: "Delta", insightCount: 2, community: 1 },
      ],
      edges: [],
    } as unknown as Graph;
    expect(themeTopics(graph, 1).map((node) => node.id)).toEqual(["b", "a", "d"]);
    expect(themeTopics(graph, 7)).toEqual([]);
  });
});
