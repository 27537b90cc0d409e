export interface Hover {
  /** Rendered position of the top of the hovered node, in px within the canvas. */
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/**
 * What the pointer is on: name and counts. Mouse only by nature; the lists beside each graph carry
 * the same facts for keyboard and screen-reader users, so it is hidden from assistive technology.
 */
export function GraphTooltip({ hover }: { hover: Hover }) {
  return (
    <div className="graph-tooltip" aria-hidden="true" data-testid="graph-tooltip" style={{ left: hover.x, top: hover.y }}>
      {hover.text}
    </div>
  );
}
