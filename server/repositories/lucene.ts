/** Characters the Lucene query parser treats as syntax; a user's text must not become a query. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** One word as a literal Lucene term. */
export const escapeLucene = (word: string) => word.replace(SPECIAL, (c) => `\\${c}`);

/** Lucene's parser treats these as operators even when escaped words surround them. */
const OPERATORS = new Set(["and", "or", "not", "to"]);

/** Words of a free text, lower case, without Lucene syntax or operators; at most `max`. */
export function queryWords(text: string, max: number): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word.length > 0 && !OPERATORS.has(word));
  return [...new Set(words)].slice(0, max);
}

/** Matches any of the words (Lucene's default OR); null when there is nothing to look for. */
export function anyWord(words: readonly string[]): string | null {
  return words.length === 0 ? null : words.map(escapeLucene).join(" ");
}

/**
 * Search-as-you-type: every word matches itself or, from three letters, as a prefix
 * ("sovereig" finds "sovereignty"); a whole-word match scores higher than a prefix one.
 */
export function searchQuery(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const term = escapeLucene(word);
      return word.length >= 3 ? `(${term}^2 OR ${term}*)` : term;
    })
    .join(" ");
}
