/** Seconds into an episode as a player shows them: "4:05", "1:02:09". */
export function formatTimestamp(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

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

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 items from 4 shows and 6 speakers; heard most: Maya Chen, 3 of 12 (25 %)", for a list's or brief's voices. */
export function describeVoices(voices: { items: number; shows: number; speakers: number; topVoice: { name: string; items: number; share: number } | null }): string {
  const from = `${count(voices.items, "item", "items")} from ${count(voices.shows, "show", "shows")} and ${count(voices.speakers, "named speaker", "named speakers")}`;
  if (!voices.topVoice) return from;
  const top = voices.topVoice;
  return `${from}; heard most: ${top.name}, ${top.items} of ${voices.items} (${Math.round(top.share * 100)} %)`;
}
