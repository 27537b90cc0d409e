import { useState } from "react";
import type { InsightSummary } from "@shared/schemas/entities";
import type { InsightId } from "@shared/ids";

/**
 * Split: the person ticks the insights that belong to another idea and names it; they move to a
 * new topic (undone like any decision). Offers the topic's first page of insights.
 */
export function TopicSplit({ insights, onSplit }: { insights: readonly InsightSummary[]; onSplit: (name: string, ids: InsightId[]) => void }) {
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<InsightId>>(new Set());
  if (insights.length < 2) return null;
  const toggle = (id: InsightId) =>
    setChosen((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // Moving every insight away would leave an empty topic: that is a rename.
  const ready = name.trim() !== "" && chosen.size > 0 && chosen.size < insights.length;
  return (
    <form
      data-testid="topic-split"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onSplit(name.trim(), [...chosen]);
      }}
    >
      <fieldset>
        <legend>Split chosen insights off into a new topic</legend>
        <ul className="topic-split-choices">
          {insights.map((insight) => (
            <li key={insight.id}>
              <label>
                <input type="checkbox" checked={chosen.has(insight.id)} onChange={() => toggle(insight.id)} data-testid="topic-split-choice" /> {insight.text}
              </label>
            </li>
          ))}
        </ul>
        <label>
          New topic's name <input value={name} onChange={(e) => setName(e.target.value)} data-testid="topic-split-name" />
        </label>{" "}
        <button type="submit" disabled={!ready} data-testid="topic-split-submit">
          Split {chosen.size > 0 ? `${chosen.size} off` : ""}
        </button>
      </fieldset>
    </form>
  );
}
