import type { ListSource, ReadingListDocument } from "@shared/api/readingListDocument";
import { slugify } from "./fileName";
import { citedSources, dateParts } from "./sources";
import { oneLine, safeHttpUrl } from "./text";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const KIND_NOTE: Record<string, string> = {
  "podcast-episode": "Podcast episode",
  article: "Article",
  "insight-page": "Web page",
  note: "Note",
};

/** TeX's special characters, so a title like "50% of R&D" compiles and prints as written. */
export function escapeTex(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (char) => {
    if (char === "\\") return "\\textbackslash{}";
    if (char === "^") return "\\^{}";
    if (char === "~") return "\\~{}";
    return `\\${char}`;
  });
}

/** `show-or-title` + year, made unique with a letter as reference managers do: `statecraft2026`, `statecraft2026a`. */
function citationKeys(sources: readonly ListSource[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const source of sources) {
    const base = `${slugify(source.show ?? source.title, 24).replace(/-/g, "")}${dateParts(source.publishedAt)?.[0] ?? ""}`;
    // A key that starts with a letter is the one form every BibTeX tool accepts.
    let key = /^[a-z]/.test(base) ? base : `src${base}`;
    const stem = key;
    for (let n = 0; used.has(key); n++) key = `${stem}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ""}`;
    used.add(key);
    keys.set(source.id, key);
  }
  return keys;
}

/** One `@misc` entry per cited source (BibTeX's type for podcasts and web pages). */
export function toBibtex(document: ReadingListDocument): string {
  const sources = citedSources(document);
  const keys = citationKeys(sources);
  const entries = sources.map((source) => {
    const parts = dateParts(source.publishedAt);
    const fields: [string, string][] = [["title", `{${escapeTex(source.title)}}`]];
    if (source.show) fields.push(["howpublished", `{${escapeTex(source.show)}}`]);
    if (parts?.[0]) fields.push(["year", `{${parts[0]}}`]);
    if (parts?.[1]) fields.push(["month", MONTHS[parts[1] - 1] ?? `{${parts[1]}}`]);
    // Braces would end the field early; everything else in a url is taken verbatim.
    const url = safeHttpUrl(source.url)?.replace(/[{}]/g, encodeURIComponent);
    if (url) fields.push(["url", `{${url}}`]);
    if (source.kind) fields.push(["note", `{${KIND_NOTE[source.kind] ?? escapeTex(source.kind)}}`]);
    return `@misc{${keys.get(source.id)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n")}\n}`;
  });
  return `${entries.join("\n\n")}\n`;
}
