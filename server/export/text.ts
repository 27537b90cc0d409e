export { atTime, safeHttpUrl } from "@shared/format";

/** Characters XML 1.0 forbids outright; source text may carry them from a bad transcript. */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML or HTML text node or quoted attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * One line of plain text: newlines and runs of spaces from transcripts become single spaces, and
 * control characters (which no format shows, and XML forbids) are dropped.
 */
export const oneLine = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The date part of an ISO date or date-time. */
export const isoDay = (value: string | null | undefined) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);
