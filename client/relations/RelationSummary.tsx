import type { RelatedInsight } from "@shared/schemas/entities";
import { RELATION_WORDS, relationGroups } from "./relationGroups";

/** "contradicted by 2 · supported by 3" above the related list: the argument at a glance. */
export function RelationSummary({ related }: { related: readonly RelatedInsight[] }) {
  const groups = relationGroups(related);
  if (groups.length === 0) return null;
  return (
    <p className="relation-summary" data-testid="relation-summary">
      {groups.map((group, index) => (
        <span key={group.relation} className={`relation relation-${group.relation}`}>
          {index > 0 ? " · " : null}
          {group.label}
        </span>
      ))}
    </p>
  );
}

/** The relation of one related claim, with its confidence and reason on hover; nothing for a plainly related one. */
export function RelationBadge({ insight }: { insight: RelatedInsight }) {
  if (!insight.relation) return null;
  const confidence = insight.relationConfidence === undefined ? "" : ` (${Math.round(insight.relationConfidence * 100)}% of such labels were right on labelled data)`;
  return (
    <span className={`relation-badge relation-${insight.relation}`} title={`${insight.relationReason ?? ""}${confidence}`} data-testid="relation-badge">
      {RELATION_WORDS[insight.relation].badge}
    </span>
  );
}
