import type { RelatedInsight, RelationKind } from "@shared/schemas/entities";

/** How a related claim stands to the one on the page, in the words the page shows. */
export const RELATION_WORDS: Readonly<Record<RelationKind, { group: string; badge: string }>> = {
  contradicts: { group: "contradicted by", badge: "contradicts" },
  supports: { group: "supported by", badge: "supports" },
  extends: { group: "extended by", badge: "extends" },
  same: { group: "said the same way by", badge: "same claim" },
};

/** Contradictions first: where the argument is is what a researcher looks for. */
const ORDER: readonly RelationKind[] = ["contradicts", "supports", "extends", "same"];

export interface RelationGroup {
  readonly relation: RelationKind;
  readonly count: number;
  /** "contradicted by 2". */
  readonly label: string;
}

/** The typed relations among an insight's related claims, counted; unlabelled claims stay plainly related and are not counted. */
export function relationGroups(related: readonly Pick<RelatedInsight, "relation">[]): RelationGroup[] {
  return ORDER.map((relation) => {
    const count = related.filter((item) => item.relation === relation).length;
    return { relation, count, label: `${RELATION_WORDS[relation].group} ${count}` };
  }).filter((group) => group.count > 0);
}
