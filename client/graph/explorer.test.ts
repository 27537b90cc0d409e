import { describe, expect, it } from "vitest";
import { TopicSlug } from "@shared/ids";
import type { Graph } from "@shared/schemas/entities";
import {
  clearSelection,
  explorerClasses,
  explorerFromSearch,
  explorerToSearch,
  filterTopics,
  initialExplorer,
  listedTopics,
  neighboursOf,
  selectTopic,
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
    { source: "sovereign-ai", target: "open-source", weight: 3 },
    { source: "compute", target: "sovereign-ai", weight: 1 },
  ],
};

describe("explorer state", () => {
  it("selects and clears a topic without touching the filter", () => {
    const state = selectTopic(filterTopics(initialExplorer, "ai"), slug("compute"));
    expect(state).toEqual({ selectedTopic: "compute", filter: "ai" });
    expect(clearSelection(state)).toEqual({ selectedTopic: null, filter: "ai" });
  });

  it("returns the same object when nothing changes, so React skips the update", () => {
    const state = selectTopic(initialExplorer, slug("compute"));
    expect(selectTopic(state, slug("compute"))).toBe(state);
    expect(clearSelection(initialExplorer)).toBe(initialExplorer);
    expect(filterTopics(initialExplorer, "")).toBe(initialExplorer);
  });

  it("round-trips through the URL and ignores a topic that is not a slug", () => {
    const state = { selectedTopic: slug("open-source"), filter: "open" };
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
