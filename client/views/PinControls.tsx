import type { TopicSlug } from "@shared/ids";
import { togglePin } from "./pins";

interface Props {
  readonly pinned: readonly TopicSlug[];
  readonly selected: { readonly slug: TopicSlug; readonly label: string } | null;
  readonly labelOf: (slug: TopicSlug) => string;
  readonly onChange: (pinned: readonly TopicSlug[]) => void;
}

/** Pin the selected topic so it stands out in a saved or linked view; unpin any pinned one. */
export function PinControls({ pinned, selected, labelOf, onChange }: Props) {
  return (
    <div className="pins" data-testid="pins">
      {selected ? (
        <button type="button" className="compact" aria-pressed={pinned.includes(selected.slug)} onClick={() => onChange(togglePin(pinned, selected.slug))} data-testid="pin-topic">
          {pinned.includes(selected.slug) ? `Unpin “${selected.label}”` : `Pin “${selected.label}”`}
        </button>
      ) : null}
      {pinned.length > 0 ? (
        <ul className="topic-links" aria-label="Pinned topics" data-testid="pinned-topics">
          {pinned.map((slug) => (
            <li key={slug}>
              <button type="button" className="compact" onClick={() => onChange(togglePin(pinned, slug))} aria-label={`Unpin ${labelOf(slug)}`}>
                {labelOf(slug)} ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">Select a topic to pin it: pinned topics keep a ring in saved and linked views.</p>
      )}
    </div>
  );
}
