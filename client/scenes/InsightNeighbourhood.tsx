import { useMemo } from "react";
import type { LayoutOptions } from "cytoscape";
import { useNavigate } from "react-router";
import type { InsightDetail, RelatedInsight } from "@shared/schemas/entities";
import { GraphCanvas } from "../components/GraphCanvas";
import { relatedNeighbourhood, toNeighbourhoodElements } from "../graph/insightElements";
import { neighbourhoodStyle } from "../graph/style";
import { RelationLegend } from "../relations/RelationLegend";
import type { TrailStep } from "../graph/trail";

interface InsightNeighbourhoodProps {
  readonly insight: InsightDetail;
  readonly related: readonly RelatedInsight[];
  readonly onward: readonly TrailStep[];
}

/**
 * The insight in the middle, its related insights around it and the topics they share on the
 * outer ring. A concentric layout is instant and the same every visit, so nothing is stored.
 */
export function InsightNeighbourhood({ insight, related, onward }: InsightNeighbourhoodProps) {
  const navigate = useNavigate();
  const elements = useMemo(() => toNeighbourhoodElements(relatedNeighbourhood(insight, related), insight.id, related), [insight, related]);
  // The canvas sets classes from this map, so the kinds (focus, insight, topic) travel in it.
  const classes = useMemo(() => new Map(elements.map((element) => [String(element.data.id), String(element.classes ?? "")] as const)), [elements]);
  const layout = useMemo(
    () =>
      ({
        name: "concentric",
        animate: false,
        minNodeSpacing: 40,
        concentric: (node: { hasClass: (name: string) => boolean }) => (node.hasClass("focus") ? 3 : node.hasClass("insight") ? 2 : 1),
        levelWidth: () => 1,
      }) as LayoutOptions,
    [],
  );
  const open = (id: string) => {
    if (id === insight.id) return;
    if (id.startsWith("topic:")) void navigate(`/topics/${id.slice("topic:".length)}`);
    else void navigate(`/insights/${id}`, { state: { trail: onward } });
  };
  return (
    <section className="neighbourhood" aria-labelledby="neighbourhood-heading">
      <h2 id="neighbourhood-heading">Around this insight</h2>
      <p className="hint">
        Circles are insights (this one in the middle), diamonds the topics they share. Select one to open it.
        Lines: see the key under the graph.
      </p>
      <GraphCanvas
        elements={elements}
        classes={classes}
        style={neighbourhoodStyle}
        layout={layout}
        testId="neighbourhood-graph"
        label={`This insight, its ${related.length} related insights and the topics they share; the list of related insights holds the same links.`}
        describeNode={(data) => String(data.text ?? data.label)}
        onSelectNode={open}
      />
      <RelationLegend relations={related.map((item) => item.relation)} topicLinks="shares the topic" />
    </section>
  );
}
