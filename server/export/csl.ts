import type { ReadingListDocument } from "@shared/api/readingListDocument";
import { citedSources, dateParts } from "./sources";
import { safeHttpUrl } from "./text";

/** CSL item types for our source kinds; a podcast episode is a `broadcast` with its genre. */
const TYPE: Record<string, string> = { "podcast-episode": "broadcast", article: "webpage", "insight-page": "webpage", note: "document" };

/** CSL-JSON (the format Zotero and citeproc read): one item per cited source. */
export function toCslJson(document: ReadingListDocument): string {
  const items = citedSources(document).map((source) => {
    const parts = dateParts(source.publishedAt);
    const url = safeHttpUrl(source.url);
    return {
      id: source.id,
      type: TYPE[source.kind ?? ""] ?? "document",
      title: source.title,
      ...(source.show ? { "container-title": source.show } : {}),
      ...(source.kind === "podcast-episode" ? { genre: "Podcast episode", medium: "Audio" } : {}),
      ...(url ? { URL: url } : {}),
      ...(parts ? { issued: { "date-parts": [parts] } } : {}),
    };
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}
