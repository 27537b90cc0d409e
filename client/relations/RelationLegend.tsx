import type { RelationKind } from "@shared/schemas/entities";
import { RELATION_EDGES } from "../graph/relationEdges";
import { graphColour } from "../graph/style";

const ORDER: readonly RelationKind[] = ["contradicts", "supports", "extends", "same"];

/** One line sample as an SVG stroke drawn like the canvas draws it (pattern, width, end bars). */
function Sample({ colour, dash, width, bars }: { colour: string; dash?: string; width: number; bars: boolean }) {
  return (
    <svg className="edge-legend-sample" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
      <line x1="3" y1="6" x2="33" y2="6" stroke={colour} strokeWidth={width} strokeDasharray={dash} />
      {bars ? (
        <>
          <line x1="3" y1="1" x2="3" y2="11" stroke={colour} strokeWidth="2" />
          <line x1="33" y1="1" x2="33" y2="11" stroke={colour} strokeWidth="2" />
        </>
      ) : null}
    </svg>
  );
}

const DASHES = { solid: undefined, dashed: "6 3", dotted: "1.5 2.5" } as const;

/**
 * What the lines of a related-insights graph mean. Only the relations drawn are listed, beside
 * plain related links and, when drawn, topic links.
 */
export function RelationLegend({ relations, topicLinks }: { relations: readonly (RelationKind | undefined)[]; topicLinks: string | null }) {
  const drawn = ORDER.filter((relation) => relations.includes(relation));
  return (
    <ul className="edge-legend" aria-label="What the lines mean" data-testid="edge-legend">
      <li>
        <Sample colour={graphColour.node} width={1.5} bars={false} />
        related
      </li>
      {drawn.map((relation) => {
        const look = RELATION_EDGES[relation];
        return (
          <li key={relation}>
            <Sample colour={look.colour} dash={DASHES[look.line]} width={look.width} bars={look.ends === "tee"} />
            {look.label}
          </li>
        );
      })}
      {topicLinks ? (
        <li>
          <Sample colour={graphColour.neighbour} dash={DASHES.dotted} width={1.5} bars={false} />
          {topicLinks}
        </li>
      ) : null}
    </ul>
  );
}
