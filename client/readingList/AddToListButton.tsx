import type { ListedInsight } from "./list";
import { contains, toggleInsight } from "./list";
import { updateReadingList, useReadingList } from "./store";

interface AddToListButtonProps {
  readonly insight: ListedInsight;
  /** A small button for lists; the insight page uses the full one. */
  readonly compact?: boolean;
}

/** "Add to reading list" on every insight; pressed again, it takes the insight off. */
export function AddToListButton({ insight, compact = false }: AddToListButtonProps) {
  const listed = contains(useReadingList(), insight.id);
  const text = listed ? "In reading list" : "Add to reading list";
  return (
    <button
      type="button"
      className={compact ? "add-to-list compact" : "add-to-list"}
      aria-pressed={listed}
      aria-label={compact ? `${text}: ${insight.text.slice(0, 80)}` : undefined}
      title={listed ? "Remove from the reading list" : "Add to the reading list"}
      onClick={() => updateReadingList((list) => toggleInsight(list, insight))}
      data-testid="add-to-list"
    >
      <span aria-hidden="true">{listed ? "✓" : "+"}</span>
      {compact ? null : ` ${text}`}
    </button>
  );
}
