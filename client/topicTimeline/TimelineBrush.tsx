import { type PointerEvent, useState } from "react";
import { countOf } from "../components/format";
import { type TimelineRange, rangeBetween, rangeIndexes } from "./range";
import type { TimelineBucket } from "./timeline";

interface Props {
  readonly buckets: readonly TimelineBucket[];
  readonly range: TimelineRange | null;
  readonly onChange: (range: TimelineRange | null) => void;
}

/**
 * The histogram as a brush: press on a bar and drag across others to pick a span of months (or
 * years); a click picks one bar. The two sliders under it do the same from the keyboard.
 */
export function TimelineBrush({ buckets, range, onChange }: Props) {
  const keys = buckets.map((bucket) => bucket.key);
  const tallest = Math.max(...buckets.map((bucket) => bucket.count));
  // The bar the drag started on and the one under the pointer now; null when not dragging.
  const [drag, setDrag] = useState<{ anchor: number; at: number } | null>(null);
  const [low, high] = drag ? [Math.min(drag.anchor, drag.at), Math.max(drag.anchor, drag.at)] : rangeIndexes(keys, range);
  const brushed = drag !== null || range !== null;

  const start = (index: number) => (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    // NOTE: touch captures the pointer to the first bar; release it so the others see it enter.
    event.currentTarget.releasePointerCapture(event.pointerId);
    setDrag({ anchor: index, at: index });
  };
  const finish = () => {
    if (!drag) return;
    onChange(rangeBetween(keys, drag.anchor, drag.at));
    setDrag(null);
  };
  const slide = (which: "from" | "to", index: number) => onChange(which === "from" ? rangeBetween(keys, index, Math.max(index, high)) : rangeBetween(keys, Math.min(low, index), index));

  return (
    <div className="timeline-brush">
      <div className="timeline-bars" data-testid="timeline-bars" aria-hidden="true" onPointerUp={finish} onPointerLeave={finish}>
        {buckets.map((bucket, index) => (
          <div
            key={bucket.key}
            className="timeline-bar"
            data-key={bucket.key}
            data-brushed={brushed && index >= low && index <= high}
            title={`${bucket.key}: ${countOf(bucket.count, "insight")}`}
            onPointerDown={start(index)}
            onPointerEnter={() => setDrag((current) => (current ? { ...current, at: index } : current))}
          >
            <span className="timeline-bar-fill" style={{ height: `${bucket.count === 0 ? 0 : Math.max(4, (bucket.count / tallest) * 100)}%` }} />
          </div>
        ))}
      </div>
      <p className="timeline-axis meta" aria-hidden="true">
        <span>{keys[0]}</span>
        <span>{keys.at(-1)}</span>
      </p>
      <fieldset className="timeline-range">
        <legend className="visually-hidden">Dates to list</legend>
        {(["from", "to"] as const).map((which) => {
          const index = which === "from" ? low : high;
          return (
            <label key={which}>
              {which === "from" ? "From" : "To"} <output>{keys[index]}</output>
              <input
                type="range"
                min={0}
                max={keys.length - 1}
                value={index}
                aria-valuetext={`${keys[index]}: ${countOf(buckets[index]!.count, "insight")}`}
                data-testid={`timeline-${which}`}
                onChange={(event) => slide(which, Number(event.target.value))}
              />
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
