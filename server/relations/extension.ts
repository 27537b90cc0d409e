import { tagSentences } from "../extract/nlp";

/** Parts of speech that carry a claim's content; the rest (determiners, pronouns, auxiliaries) say little about its point. */
const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"]);

/**
 * Words that open a further point on what came before: a reason, a consequence, a mechanism or a
 * condition ("..., because", "..., which means", "by ...", "unless"). General English, not a topic list.
 */
const CONNECTIVES = new Set(
  `because since so therefore thus hence consequently which by through via thereby unless if when whereas while although
   though mean lead result cause allow enable make`.split(/\s+/),
);

/** What a claim says, as the extension test reads it. */
export interface ClaimWords {
  /** Content lemmas, lower case. */
  readonly content: ReadonlySet<string>;
  /** Lemmas of the claim's connectives, in order. */
  readonly connectives: readonly string[];
}

/** How far one claim builds on another: the share of the other's content it holds and what it adds. */
export interface Extension {
  /** Share of the base claim's content words the extending claim holds, 0..1. */
  readonly covered: number;
  /** Content words the extending claim adds. */
  readonly added: number;
  /** Content words of the base claim the extending one lacks: a paraphrase swaps about as many as it adds. */
  readonly missing: number;
  /** How many content words the base claim has: a two-word claim is too short to build on by wording. */
  readonly baseWords: number;
  /** A connective of the extending claim the base claim lacks (the added clause's opening), or null. */
  readonly connective: string | null;
}

/** The content words and connectives of a claim (deterministic, offline). */
export function claimWordsOf(text: string): ClaimWords {
  const content = new Set<string>();
  const connectives: string[] = [];
  for (const sentence of tagSentences(text)) {
    for (const token of sentence.tokens) {
      const lemma = token.lemma.toLowerCase();
      if (CONNECTIVES.has(lemma)) connectives.push(lemma);
      else if (!token.stopWord && CONTENT.has(token.pos) && /[\p{L}\p{N}]/u.test(lemma)) content.add(lemma);
    }
  }
  return { content, connectives };
}

/** How `extending` builds on `base`. */
export function extensionOf(base: ClaimWords, extending: ClaimWords): Extension {
  let held = 0;
  for (const word of base.content) if (extending.content.has(word)) held += 1;
  let added = 0;
  for (const word of extending.content) if (!base.content.has(word)) added += 1;
  const connective = extending.connectives.find((word) => !base.connectives.includes(word)) ?? null;
  const baseWords = base.content.size;
  return { covered: baseWords === 0 ? 0 : held / baseWords, added, missing: baseWords - held, baseWords, connective };
}
