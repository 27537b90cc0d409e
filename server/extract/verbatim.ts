/** Runs of whitespace as one space, ends trimmed: how quotes are compared with their source. */
export const normaliseSpace = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Whether a quote is a span of the source's text, whitespace aside. */
export function isVerbatim(quote: string, source: string): boolean {
  const wanted = normaliseSpace(quote);
  return wanted.length > 0 && normaliseSpace(source).includes(wanted);
}
