import type { ListSource, ReadingListDocument } from "@shared/api/readingListDocument";

/**
 * Every distinct source a list cites, its items' and their folded duplicates', in reading order.
 * A citation file has no sections, so the Cruxes are left out of it: a crux's side carries only
 * its source's title, url and date, not the kind a citation's type needs, and a side worth citing
 * is nearly always one of the list's items already.
 */
export function citedSources(document: ReadingListDocument): ListSource[] {
  const byId = new Map<string, ListSource>();
  for (const section of document.sections) {
    for (const item of section.items) {
      for (const source of [item.source, ...item.alsoSaidIn.map((d) => d.source)]) {
        if (source && !byId.has(source.id)) byId.set(source.id, source);
      }
    }
  }
  return [...byId.values()];
}

/** Year, month and day of a source's publication date, as far as it is known. */
export function dateParts(publishedAt: string | null): number[] | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(publishedAt ?? "");
  if (!match) return null;
  return match.slice(1).filter((part): part is string => part !== undefined).map(Number);
}
