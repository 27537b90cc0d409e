import { describe, expect, it } from "vitest";
import { type InsightDetail, RelatedInsight } from "@shared/schemas/entities";
import { relatedNeighbourhood, toNeighbourhoodElements } from "./insightElements";
import { RELATION_EDGES, relationEdgeStyle } from "./relationEdges";

const related = (id: string, relation?: RelatedInsight["relation"]) =>
  RelatedInsight.parse({ id, text: `claim ${id}`, score: 0.5, sharedTopics: [], reason: "r", ...(relation ? { relation } : {}) });

describe("typed relations on the insight neighbourhood", () => {
  const insight = { id: "focus", text: "the claim", topics: [] } as unknown as InsightDetail;
  const [a, b, c] = ["a".repeat(16), "b".repeat(16), "c".repeat(16)] as const;
  const items = [related(a, "contradicts"), related(b, "supports"), related(c)];
  const edges = toNeighbourhoodElements(relatedNeighbourhood(insight, items), "focus", items).filter((element) => element.group === "edges");

  it("gives each typed related edge its relation's class and leaves the others plainly related", () => {
    expect(Object.fromEntries(edges.map((edge) => [edge.data.target, edge.classes]))).toEqual({
      [a]: "related relation-contradicts",
      [b]: "related relation-supports",
      [c]: "related",
    });
  });

  it("tells every relation apart without colour: by line, width or ends, and by its word", () => {
    const looks = Object.values(RELATION_EDGES).map((look) => `${look.line}/${look.width}/${look.ends}`);
    expect(new Set(looks).size).toBe(looks.length);
    expect(new Set(Object.values(RELATION_EDGES).map((look) => look.label)).size).toBe(looks.length);
    // A plain related edge is solid and thin: no relation may look like it.
    expect(looks).not.toContain("solid/1.5/none");
    expect(relationEdgeStyle.map((block) => ("selector" in block ? block.selector : ""))).toContain("edge.related.relation-contradicts");
  });
});
