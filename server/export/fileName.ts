import type { ReadingListDocument } from "@shared/api/readingListDocument";

/** A file-system-safe slug: lower-case ASCII words joined by hyphens. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "") || "reading-list";
}

/**
 * `<theme>-<date>.<ext>`: the saved list's name, else the theme's topic slugs, and the day the list
 * was generated. The same list on the same day always gets the same name.
 */
export function exportFileName(document: ReadingListDocument, extension: string): string {
  const theme = document.saved ? slugify(document.saved.name) : slugify(document.theme.topics.join("-"));
  return `${theme}-${document.generatedAt.slice(0, 10)}.${extension}`;
}

/** `attachment; filename="…"`, with the RFC 5987 form too for clients that prefer it. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
