import { readingListSchemaName, type ReadingListDocument, type ReadingListSection } from "@shared/api/readingListDocument";
import type { Crux } from "@shared/api/speakers";
import type { InsightId } from "@shared/ids";
import type { RelationKind } from "@shared/schemas/entities";
import type { SavedItem, SavedList } from "../repositories/readingLists";
import { READING_LIST_METHOD } from "./build";
import { toEntry } from "./entries";
import { topicsOf } from "./sections";
import type { InsightLink, ThemeInsightRow, ThemeTopic } from "../repositories/themeRows";
import { pairKey, pairRelations } from "./strength";
import { voiceDiversity } from "./voices";

const HAND_ORDER = "Items and their order were then edited by hand; roles are those the items had when the list was built.";

/**
 * Saved items with their section titles, as the document's sections: a section is a run of items
 * under one title. An item's relation to the one it responds to is read from today's `links`, so
 * a pair labelled after the list was saved reads as labelled; the theme's `cruxes` are today's too.
 */
export function savedDocument(
  list: SavedList,
  rows: readonly ThemeInsightRow[],
  themeTopics: readonly ThemeTopic[],
  links: readonly InsightLink[],
  cruxes: readonly Crux[],
): ReadingListDocument {
  const relations = pairRelations(links);
  const byId = new Map<InsightId, ThemeInsightRow>(rows.map((row) => [row.id, row]));
  const theme = new Set(list.theme.topics);
  const names = new Map(themeTopics.map((topic) => [topic.slug, topic.name]));
  for (const row of rows) for (const topic of row.topics) names.set(topic.slug, topic.name);

  const runs: { title: string; items: SavedItem[] }[] = [];
  for (const item of list.items) {
    if (!byId.has(item.id)) continue;
    const last = runs.at(-1);
    if (last?.title === item.section) last.items.push(item);
    else runs.push({ title: item.section, items: [item] });
  }
  const sections: ReadingListSection[] = runs.map((run) => {
    const rowsOf = run.items.map((item) => byId.get(item.id)!);
    return {
      title: run.title,
      topics: topicsOf(rowsOf, theme, names),
      items: run.items.map((item, index) => ({
        ...toEntry(
          rowsOf[index]!,
          item.folded.flatMap((id) => byId.get(id) ?? []),
        ),
        role: item.role,
        respondsTo: item.respondsTo,
        ...relationOf(item, relations),
        strength: item.strength,
      })),
    };
  });
  const edited = list.items.some((item) => item.role === "added");
  return {
    schema: readingListSchemaName,
    title: list.name,
    topics: list.theme.topics.map((slug) => ({ slug, name: names.get(slug) ?? slug })),
    theme: list.theme,
    generatedAt: list.updatedAt,
    method: edited ? `${READING_LIST_METHOD} ${HAND_ORDER}` : READING_LIST_METHOD,
    sections,
    voices: voiceDiversity(sections.flatMap((section) => section.items)),
    cruxes,
    saved: { id: list.id, name: list.name, createdAt: list.createdAt, updatedAt: list.updatedAt },
  };
}

function relationOf(item: SavedItem, relations: ReadonlyMap<string, RelationKind>): { relation?: RelationKind } {
  const relation = item.respondsTo ? relations.get(pairKey(item.id, item.respondsTo)) : undefined;
  return relation ? { relation } : {};
}
