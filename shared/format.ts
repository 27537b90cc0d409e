/** Seconds into an episode as a player shows them: "4:05", "1:02:09". */
export function formatTimestamp(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** "at 12:34" for an item with a timestamp, "at 12:34–12:41" when its end is known too. */
export const atTime = (startSec: number | null, endSec: number | null = null) =>
  startSec === null ? null : `at ${formatTimestamp(startSec)}${endSec !== null && endSec > startSec ? `–${formatTimestamp(endSec)}` : ""}`;

/**
 * The url if it is http(s); anything else (`javascript:`, `data:`) is never linked. Sources are
 * untrusted, and the page, the HTML export and the feeds all link to them.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The source url pointing at the moment the quote starts, as a W3C media fragment (`#t=754`),
 * which browsers' media players and most podcast pages honour. Only http(s) urls are linked.
 */
export function timestampUrl(url: string | null, startSec: number | null): string | null {
  if (!url || startSec === null) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    parsed.hash = `t=${Math.max(0, Math.floor(startSec))}`;
    return parsed.href;
  } catch {
    return null;
  }
}

/** "1 insight", "3 insights": a count with its noun, singular for one. */
export const countOf = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "12 items from 4 shows and 6 named speakers; heard most: Maya Chen, 3 of 12 (25 %)", for a list's
 * or brief's voices; "…from 4 shows; no named speakers" when no transcript names anyone.
 */
export function describeVoices(voices: { items: number; shows: number; speakers: number; topVoice: { name: string; items: number; share: number } | null }): string {
  const speakers = voices.speakers > 0 ? ` and ${countOf(voices.speakers, "named speaker")}` : "; no named speakers";
  const from = `${countOf(voices.items, "item")} from ${countOf(voices.shows, "show")}${speakers}`;
  if (!voices.topVoice) return from;
  const top = voices.topVoice;
  return `${from}; heard most: ${top.name}, ${top.items} of ${voices.items} (${Math.round(top.share * 100)} %)`;
}
