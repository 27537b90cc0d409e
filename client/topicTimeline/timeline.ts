import type { TimelineInsight } from "@shared/api/topicTimeline";

/** One bar of the histogram: a month (`2026-03`) or, for long spans, a year (`2026`). */
export interface TimelineBucket {
  readonly key: string;
  readonly count: number;
}

/** More months than this and the bars become years. */
const maxMonths = 36;

const monthOf = (date: string) => date.slice(0, 7);
const nextMonth = (month: string) => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
};

/**
 * The histogram's bars from the first insight's month to the last one's, empty months included
 * (a gap is information: nobody talked about it then); by year when the span is long.
 */
export function timelineBuckets(insights: readonly TimelineInsight[]): TimelineBucket[] {
  if (insights.length === 0) return [];
  const dates = insights.map((insight) => insight.date).sort();
  const first = monthOf(dates[0]!);
  const last = monthOf(dates.at(-1)!);
  const byYear = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5)) - Number(first.slice(5)) >= maxMonths;
  const keyOf = (date: string) => (byYear ? date.slice(0, 4) : monthOf(date));
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(keyOf(date), (counts.get(keyOf(date)) ?? 0) + 1);
  const keys: string[] = [];
  if (byYear) for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) keys.push(String(year));
  else for (let month = first; month <= last; month = nextMonth(month)) keys.push(month);
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** Ids of the insights added after the last visit; none on a first visit (everything would be new). */
export function newSince(insights: readonly TimelineInsight[], lastVisit: string | null): ReadonlySet<string> {
  if (lastVisit === null) return new Set();
  const since = Date.parse(lastVisit);
  if (Number.isNaN(since)) return new Set();
  return new Set(insights.filter((insight) => Date.parse(insight.addedAt) > since).map((insight) => insight.id));
}
