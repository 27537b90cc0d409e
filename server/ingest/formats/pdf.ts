import type { SourceMeta } from "@shared/api/sources";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { parseText } from "./text";
import { InputError, type ParsedDocument } from "./types";

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export const isPdf = (bytes: Uint8Array) => pdfMagic.every((byte, i) => bytes[i] === byte);

// A line at most this share of the page's usual line length ends its paragraph (a heading, a
// paragraph's last line): PDFs keep lines, not paragraphs, and the extractor reads paragraphs.
const SHORT_LINE = 0.7;

const typicalLength = (lines: readonly string[]) => {
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
};

// Running headers and footers differ from page to page only in their numbers ("Page 3 of 9").
const furnitureKey = (line: string) => line.replace(/\d+/g, "#");

/** Whether a line is printed on most pages (running headers and footers) or is a bare page number. */
function furnitureTest(pages: readonly string[][]): (line: string) => boolean {
  const seen = new Map<string, number>();
  for (const lines of pages) for (const key of new Set(lines.map(furnitureKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const repeated = (line: string) => pages.length >= 3 && (seen.get(furnitureKey(line)) ?? 0) >= pages.length / 2;
  return (line) => repeated(line) || /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i.test(line);
}

/** One page's lines rejoined into paragraphs; a word hyphenated over a line break is made whole. */
function paragraphs(lines: readonly string[]): string[] {
  const usual = typicalLength(lines);
  const found: string[] = [];
  let current = "";
  for (const line of lines) {
    current = /[a-z]-$/.test(current) && /^[a-z]/.test(line) ? current.slice(0, -1) + line : current ? `${current} ${line}` : line;
    if (line.length <= usual * SHORT_LINE) {
      found.push(current);
      current = "";
    }
  }
  if (current) found.push(current);
  return found;
}

/** The PDF's own title, unless it is a placeholder a writing tool put there. */
function declaredTitle(info: Record<string, unknown> | undefined): string | undefined {
  const title = typeof info?.Title === "string" ? info.Title.trim() : "";
  return title && !/^(?:untitled|microsoft word\b|document\d*$)/i.test(title) ? title : undefined;
}

/**
 * The text layer of a PDF, as an article: lines rejoined into paragraphs, running headers, footers
 * and page numbers dropped, titled by the PDF's title. No OCR: a scanned PDF is refused with why.
 */
export async function parsePdf(origin: string, bytes: Uint8Array, meta: Partial<SourceMeta> = {}): Promise<ParsedDocument> {
  let pages: string[];
  let info: Record<string, unknown> | undefined;
  try {
    // pdf.js takes ownership of the buffer it reads, so it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 }); // errors are thrown, not logged
    pages = (await extractText(pdf, { mergePages: false })).text;
    info = (await getMeta(pdf)).info as Record<string, unknown> | undefined;
  } catch (error) {
    const reason = error instanceof Error && /password/i.test(error.message) ? "the PDF is password-protected" : "the PDF could not be read (damaged or not a PDF)";
    throw new InputError(origin, reason);
  }
  const lines = pages.map((page) => page.split("\n").map((line) => line.replace(/\s+/g, " ").trim()).filter(Boolean));
  const isFurniture = furnitureTest(lines);
  const body = lines.flatMap((page) => paragraphs(page.filter((line) => !isFurniture(line)))).join("\n\n");
  if (body.replace(/\s/g, "").length === 0) throw new InputError(origin, "the PDF has no text layer (a scanned image?); text is not recognised from images here");
  const title = declaredTitle(info);
  const text = title && body.startsWith(`${title}\n`) ? body.slice(title.length).trim() : body;
  return { ...parseText(origin, text, { ...(title && { title }), ...meta }), format: "pdf" };
}
