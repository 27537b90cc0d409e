import type { ReadingListDocument, ReadingListItem } from "@shared/api/readingListDocument";
import type { ThemeLinks } from "./graphml";
import { cruxLines, escapeMarkdown } from "./markdown";
import { atTime, isoDay, oneLine, safeHttpUrl } from "./text";

/** One Markdown note of the vault: its path inside the folder, and its text. */
export interface VaultNote {
  readonly path: string;
  readonly text: string;
}

const NAME_LENGTH = 70;

/**
 * A note name both Obsidian and Logseq accept as a file name and inside `[[…]]`: none of the
 * characters either reserves (`[ ] # ^ | \ / : * ? " < >`), no leading dot, at most 70 characters.
 */
export function noteName(text: string): string {
  const clean = oneLine(text)
    .replace(/[[\]#^|\\/:*?"<>]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+/, "")
    .trim();
  if (clean.length <= NAME_LENGTH) return clean.replace(/[.\s]+$/, "") || "Untitled";
  const cut = clean.slice(0, NAME_LENGTH);
  const space = cut.lastIndexOf(" ");
  return (space > NAME_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[.,;\s]+$/, "");
}

/** Names for every insight, unique in the vault: a clash gets the start of the insight's id. */
function insightNames(items: readonly ReadingListItem[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const item of items) {
    let name = noteName(item.text);
    if (taken.has(name.toLowerCase())) name = `${name} (${item.id.slice(0, 8)})`;
    taken.add(name.toLowerCase());
    names.set(item.id, name);
  }
  return names;
}

const yamlString = (text: string) => JSON.stringify(oneLine(text));

/**
 * A reading list as a folder of linked Markdown notes for Obsidian or Logseq: one note per insight
 * (the claim, its quote, the source with a link to the moment, its topics as tags and links, and
 * its related insights in the list as wiki links), one note per topic listing its insights, and an
 * index with the list's cruxes and sections.
 */
export function toVaultNotes(document: ReadingListDocument, links: ThemeLinks): VaultNote[] {
  const items = document.sections.flatMap((section) => section.items);
  const unique = [...new Map(items.map((item) => [item.id, item])).values()];
  const names = insightNames(unique);
  const related = new Map<string, { id: string; score: number }[]>();
  for (const link of links.related) {
    if (!names.has(link.a) || !names.has(link.b)) continue;
    related.set(link.a, [...(related.get(link.a) ?? []), { id: link.b, score: link.score }]);
    related.set(link.b, [...(related.get(link.b) ?? []), { id: link.a, score: link.score }]);
  }
  const topics = new Map<string, { name: string; items: string[] }>();
  for (const item of unique) {
    for (const topic of item.topics) {
      const entry = topics.get(topic.slug) ?? { name: noteName(topic.name), items: [] };
      entry.items.push(item.id);
      topics.set(topic.slug, entry);
    }
  }
  const topicName = (slug: string) => topics.get(slug)?.name ?? slug;
  const insightNotes = unique.map((item) => ({
    path: `Insights/${names.get(item.id)}.md`,
    text: insightNote(item, names, topicName, related.get(item.id) ?? []),
  }));
  const topicNotes = [...topics].map(([slug, topic]) => ({
    path: `Topics/${topic.name}.md`,
    text: [
      "---",
      `tags: [topic]`,
      `slug: ${slug}`,
      "---",
      "",
      `Insights about ${escapeMarkdown(topic.name)} in "${escapeMarkdown(document.title)}":`,
      "",
      ...topic.items.map((id) => `- [[${names.get(id)}]]`),
      "",
    ].join("\n"),
  }));
  const index = {
    path: `${noteName(document.saved?.name ?? document.title)}.md`,
    text: [
      `# ${escapeMarkdown(document.saved?.name ?? document.title)}`,
      "",
      escapeMarkdown(document.method),
      "",
      // A side that is one of the list's insights links to its note.
      ...cruxLines(document.cruxes, (side) => (names.has(side.id) ? ` ([[${names.get(side.id)}]])` : "")),
      ...document.sections.flatMap((section) => [`## ${escapeMarkdown(section.title)}`, "", ...section.items.map((item) => `- [[${names.get(item.id)}]]`), ""]),
    ].join("\n"),
  };
  return [index, ...insightNotes, ...topicNotes];
}

function insightNote(
  item: ReadingListItem,
  names: ReadonlyMap<string, string>,
  topicName: (slug: string) => string,
  related: readonly { id: string; score: number }[],
): string {
  const source = item.source;
  const url = safeHttpUrl(item.timestampUrl) ?? safeHttpUrl(source?.url ?? null);
  const front = [
    "---",
    `id: ${item.id}`,
    `tags: [${item.topics.map((topic) => topic.slug).join(", ")}]`,
    ...(source ? [`source: ${yamlString(source.title)}`] : []),
    ...(source?.show ? [`show: ${yamlString(source.show)}`] : []),
    ...(url ? [`url: ${yamlString(url)}`] : []),
    ...(isoDay(source?.publishedAt ?? null) ? [`published: ${isoDay(source?.publishedAt ?? null)}`] : []),
    "---",
  ];
  const at = atTime(item.startSec, item.endSec);
  const title = source ? escapeMarkdown(source.title) : "";
  const sourceLine = source ? `Source: ${url ? `[${title}](<${url}>)` : title}${source.show ? ` · ${escapeMarkdown(source.show)}` : ""}${at ? ` · ${at}` : ""}` : null;
  const byScore = [...related].sort((a, b) => b.score - a.score);
  return [
    ...front,
    "",
    // Escaped: a claim is shown as said, never read as a link or markup.
    escapeMarkdown(item.text),
    "",
    ...(item.quote ? [`> ${escapeMarkdown(item.quote)}`, ""] : []),
    ...(sourceLine ? [sourceLine, ""] : []),
    `Topics: ${item.topics.map((topic) => `[[${topicName(topic.slug)}]]`).join(", ")}`,
    "",
    ...(byScore.length > 0 ? ["## Related", "", ...byScore.map((link) => `- [[${names.get(link.id)}]]`), ""] : []),
  ].join("\n");
}
