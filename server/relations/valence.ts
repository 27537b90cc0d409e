import { tagSentences } from "../extract/nlp";

/**
 * Words that judge what a claim is about as good or bad ("helps", "harms", "unfair"). Two claims
 * on one debate that judge its subject in opposite ways tend to argue opposite sides: on the
 * PERSPECTRUM dev part, among related pairs of one debate, 50% of the pairs with opposite valence
 * argue opposite sides against 30% of all pairs (scratch analysis over the local model's top 10).
 * Lemmas, as wink-nlp gives them.
 */
const GOOD = new Set(
  `help benefit beneficial improve good better best protect safe safer positive advantage advantageous useful helpful
   valuable effective efficient succeed success successful fair right freedom free legal legitimate necessary important
   essential healthy encourage promote enhance strengthen empower save enable opportunity respect growth boost
   justified ethical moral fairer cheaper prosper thrive`.split(/\s+/),
);
const BAD = new Set(
  `harm harmful hurt damage damaging bad worse worst danger dangerous risk risky threat threaten problem problematic
   negative disadvantage useless ineffective fail failure unfair wrong illegal illegitimate unnecessary unhealthy
   undermine discourage destroy weaken exploit exploitation abuse costly expensive violate violation unethical immoral
   cruel poverty unemployment crime violence loss flaw flawed distract distracting waste burden unjust unsafe inefficient
   corrupt corruption discriminate discrimination`.split(/\s+/),
);
/** Words that turn the judgement after them around ("not fair", "no benefit"). */
const NEGATORS = new Set(["not", "no", "never", "n't", "cannot", "nothing", "none", "nobody", "neither", "nor", "without", "lack"]);

export interface Valence {
  /** Good words minus bad words, each turned around by an odd number of negators before it. */
  readonly score: number;
  /** The claim has a negator at all: "X is not Y" beside "X is Y". */
  readonly negated: boolean;
  /** The judging words as written, for the relation's reason. */
  readonly words: readonly string[];
}

/** How a claim judges what it is about, from its words alone (deterministic, offline). */
export function valenceOf(text: string): Valence {
  const words: string[] = [];
  let score = 0;
  let negated = false;
  for (const sentence of tagSentences(text)) {
    // A negator turns around the judgements after it, up to the end of its sentence.
    let flipped = false;
    for (const token of sentence.tokens) {
      const lemma = token.lemma.toLowerCase();
      if (NEGATORS.has(lemma)) {
        flipped = !flipped;
        negated = true;
        continue;
      }
      const sign = GOOD.has(lemma) ? 1 : BAD.has(lemma) ? -1 : 0;
      if (sign === 0) continue;
      score += flipped ? -sign : sign;
      words.push(flipped ? `not ${token.text}` : token.text);
    }
  }
  return { score, negated, words };
}
