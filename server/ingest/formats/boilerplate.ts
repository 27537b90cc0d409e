/** A sentence in at least this many of a feed's items, and this share of them, is boilerplate. */
const MIN_ITEMS = 3;
const MIN_SHARE = 0.3;

const sentencesOf = (paragraph: string): string[] => paragraph.split(/(?<=[.!?]["”')\]]?)\s+(?=\S)/u);
// Two copies of a sign-off may differ in spacing, case or an episode number.
const keyOf = (sentence: string): string => sentence.toLowerCase().replace(/\d+/g, "#").replace(/[^\p{L}#]+/gu, " ").trim();

/**
 * The texts of a feed's items without what they all repeat (sign-offs, sponsor reads, links to
 * the show's pages): any sentence found in several items, compared case- and number-blind. A
 * claim a single episode makes is never touched; a feed of one or two items is left as it is.
 */
export function dropRepeatedAcrossItems(texts: readonly string[]): string[] {
  if (texts.length < MIN_ITEMS) return [...texts];
  const itemsWith = new Map<string, number>();
  for (const text of texts) {
    const keys = new Set(text.split(/\n{2,}/).flatMap(sentencesOf).map(keyOf));
    for (const key of keys) if (key.length > 0) itemsWith.set(key, (itemsWith.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(MIN_ITEMS, Math.ceil(texts.length * MIN_SHARE));
  const repeated = (sentence: string) => (itemsWith.get(keyOf(sentence)) ?? 0) >= threshold;
  return texts.map((text) =>
    text
      .split(/\n{2,}/)
      .map((paragraph) => sentencesOf(paragraph).filter((sentence) => !repeated(sentence)).join(" "))
      .filter((paragraph) => paragraph.trim().length > 0)
      .join("\n\n"),
  );
}
