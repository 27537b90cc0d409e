import { type TimelineInsight, TimelineRange } from "@shared/api/topicTimeline";

export type { TimelineRange };

/** The range between two bars, whichever way the brush went. */
export function rangeBetween(keys: readonly string[], a: number, b: number): TimelineRange {
  const [low, high] = a <= b ? [a, b] : [b, a];
  return { from: keys[low]!, to: keys[high]! };
}

/** The first and last bar index a range covers, for the range inputs and the highlight. */
export function rangeIndexes(keys: readonly string[], range: TimelineRange | null): readonly [number, number] {
  if (!range) return [0, keys.length - 1];
  const from = keys.findIndex((key) => key >= range.from);
  const to = keys.findLastIndex((key) => key <= range.to);
  return [Math.max(0, from), to < 0 ? keys.length - 1 : to];
}

/**
 * The insights dated within a range; a month bar's key is a prefix of the dates in it and a year's
 * of its months, so comparing the date cut to the key's length works for both.
 */
export function insightsInRange<T extends Pick<TimelineInsight, "date">>(insights: readonly T[], range: TimelineRange | null): readonly T[] {
  if (!range) return insights;
  return insights.filter((insight) => {
    const date = insight.date.slice(0, range.from.length);
    return date >= range.from && insight.date.slice(0, range.to.length) <= range.to;
  });
}

/** A range in words: one month or year, or the first and last. */
export const rangeLabel = (range: TimelineRange) => (range.from === range.to ? range.from : `${range.from} to ${range.to}`);

/**
 * Of these insights, the ids a range keeps, by their dates on the timeline. An insight the
 * timeline does not date (pulled in from another topic, or past its limit) is in no range.
 */
export function idsInRange(ids: Iterable<string>, dates: ReadonlyMap<string, string>, range: TimelineRange): ReadonlySet<string> {
  const dated = [...ids].flatMap((id) => (dates.has(id) ? [{ id, date: dates.get(id)! }] : []));
  return new Set(insightsInRange(dated, range).map((insight) => insight.id));
}

/**
 * The range an address names (`?from=2025-11&to=2026-02`). An address may be old or typed by
 * hand, so a malformed one is reported, not trusted; a reversed one is put the right way round.
 */
export function rangeFromAddress(from: string | null, to: string | null): { range: TimelineRange | null; problem: string | null } {
  if (from === null && to === null) return { range: null, problem: null };
  const parsed = TimelineRange.safeParse({ from: from ?? to, to: to ?? from });
  if (!parsed.success) return { range: null, problem: "The date range in the address isn't a month or year range (like from=2025-11&to=2026-02); showing every date." };
  const { from: a, to: b } = parsed.data;
  return { range: a <= b ? { from: a, to: b } : { from: b, to: a }, problem: null };
}
