import type { Highlight } from "@shared/api/search";

/** One line in the search popup: a topic or an insight, with where it leads. */
export interface SearchOption {
  readonly key: string;
  readonly kind: "topic" | "insight";
  readonly text: string;
  readonly highlights: readonly Highlight[];
  readonly href: string;
  /** "12 insights" for a topic, the topics of an insight. */
  readonly detail: string;
}

interface SearchAnswer {
  readonly topics: readonly { slug: string; name: string; insightCount: number; highlights: readonly Highlight[] }[];
  readonly insights: readonly { id: string; text: string; topics: readonly { name: string }[]; highlights: readonly Highlight[] }[];
}

/** Topics first (a few), then insights: a topic is the wider door. */
export function toOptions(answer: SearchAnswer, maxTopics = 4): SearchOption[] {
  return [
    ...answer.topics.slice(0, maxTopics).map((topic) => ({
      key: `topic:${topic.slug}`,
      kind: "topic" as const,
      text: topic.name,
      highlights: topic.highlights,
      href: `/topics/${topic.slug}`,
      detail: `${topic.insightCount} insight${topic.insightCount === 1 ? "" : "s"}`,
    })),
    ...answer.insights.map((insight) => ({
      key: `insight:${insight.id}`,
      kind: "insight" as const,
      text: insight.text,
      highlights: insight.highlights,
      href: `/insights/${insight.id}`,
      detail: insight.topics.map((topic) => topic.name).join(" · "),
    })),
  ];
}

/** Arrow keys move through the options and wrap; -1 means "the input itself". */
export function moveActive(active: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (active < 0) return step === 1 ? 0 : count - 1;
  const next = active + step;
  return next < 0 || next >= count ? -1 : next;
}

/** Whether a key press belongs to a field the person is typing in, so `/` must not steal it. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
