/** A node's label as drawn on screen: where it would go and how much it matters. */
export interface PlacedLabel {
  readonly id: string;
  /** Centre of the label's top edge, in screen px. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Higher keeps its label first (the node's size on screen). */
  readonly priority: number;
  /** Labels that show whatever they cover (the selected topic, its neighbours, matches). */
  readonly always?: boolean;
}

const cell = 64;

/**
 * The labels to hide so that none overlaps another: labels are placed in priority order (those
 * that always show first, then by priority) and a label that would overlap one already placed is
 * hidden. A grid of buckets keeps it near linear in the number of labels.
 */
export function overlappingLabels(labels: readonly PlacedLabel[], gap = 2): Set<string> {
  const order = [...labels].sort((a, b) => Number(b.always ?? false) - Number(a.always ?? false) || b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const grid = new Map<string, { left: number; right: number; top: number; bottom: number }[]>();
  const hidden = new Set<string>();
  for (const label of order) {
    const box = { left: label.x - label.width / 2 - gap, right: label.x + label.width / 2 + gap, top: label.y - gap, bottom: label.y + label.height + gap };
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / cell); cx <= Math.floor(box.right / cell); cx++) {
      for (let cy = Math.floor(box.top / cell); cy <= Math.floor(box.bottom / cell); cy++) keys.push(`${cx},${cy}`);
    }
    const overlaps = keys.some((key) =>
      (grid.get(key) ?? []).some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom),
    );
    if (overlaps && !label.always) {
      hidden.add(label.id);
      continue;
    }
    for (const key of keys) grid.set(key, [...(grid.get(key) ?? []), box]);
  }
  return hidden;
}

/** A label's size on screen, estimated from its text: measuring every label would cost a big map its first frame. */
export function estimateLabelBox(text: string, fontPx: number, maxWidthPx: number): { width: number; height: number } {
  const natural = text.length * fontPx * 0.56;
  const width = Math.min(natural, maxWidthPx);
  const lines = Math.max(1, Math.ceil(natural / Math.max(maxWidthPx, 1)));
  return { width, height: lines * fontPx * 1.2 };
}
