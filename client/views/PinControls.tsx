import type { ViewNode } from "@shared/api/views";
import { togglePin } from "./pins";

interface Props {
  readonly pinned: readonly ViewNode[];
  readonly selected: { readonly id: ViewNode; readonly label: string } | null;
  readonly labelOf: (id: ViewNode) => string;
  readonly onChange: (pinned: readonly ViewNode[]) => void;
  /** What the graph's nodes are: "topic" on the map, "insight" on a theme's graph. */
  readonly noun: string;
}

/** Labels of insights are whole claims; a button names the start of one. */
const short = (label: string) => (label.length > 48 ? `${label.slice(0, 47)}…` : label);

/** Pin the selected node so it stands out in a saved or linked view; unpin any pinned one. */
export function PinControls({ pinned, selected, labelOf, onChange, noun }: Props) {
  return (
    <div className="pins" data-testid="pins">
      {selected ? (
        <button type="button" className="compact" aria-pressed={pinned.includes(selected.id)} onClick={() => onChange(togglePin(pinned, selected.id))} data-testid="pin-topic">
          {pinned.includes(selected.id) ? `Unpin “${short(selected.label)}”` : `Pin “${short(selected.label)}”`}
        </button>
      ) : null}
      {pinned.length > 0 ? (
        <ul className="topic-links" aria-label={`Pinned ${noun}s`} data-testid="pinned-topics">
          {pinned.map((id) => (
            <li key={id}>
              <button type="button" className="compact" onClick={() => onChange(togglePin(pinned, id))} aria-label={`Unpin ${short(labelOf(id))}`}>
                {short(labelOf(id))} ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">Select {noun === "insight" ? "an" : "a"} {noun} to pin it: pinned {noun}s keep a ring in saved and linked views.</p>
      )}
    </div>
  );
}
