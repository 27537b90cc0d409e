/**
 * When this browser last opened a topic's page: kept in localStorage, read once per page view and
 * replaced with now, so "new since your last visit" means since the previous view.
 */
export function takeLastVisit(slug: string, now: Date = new Date()): string | null {
  const key = `insight-graph:topic-visit:${slug}`;
  try {
    const previous = localStorage.getItem(key);
    localStorage.setItem(key, now.toISOString());
    return previous;
  } catch {
    // Storage off (private mode, quota): every visit is a first one.
    return null;
  }
}
