import { singularise } from "@shared/topics/singular";
import { nlp } from "../extract/nlp";

/** Parts of speech that carry what a claim is about; auxiliaries, pronouns and particles do not. */
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);
/** Verbs every claim uses; as shared words they say nothing about two claims being related. */
const LIGHT_VERBS = new Set(["be", "have", "do", "make", "get", "go", "say", "think", "know", "mean", "want", "need", "use"]);

export interface InsightTerms {
  /** Lemmatised content words in text order, repeats kept (term frequency). */
  readonly terms: readonly string[];
  /** The words as written (lower case), for querying an index that does not lemmatise. */
  readonly surface: readonly string[];
}

/**
 * The content words of an insight, lemmatised: "Countries adapt models" and "a country adapting
 * its model" give the same terms. The lite English model leaves capitalised words unlemmatised,
 * so plurals are folded with the same rule as topic names.
 */
export function contentTerms(text: string): InsightTerms {
  const { its } = nlp();
  const tokens = nlp().readDoc(text).tokens();
  // NOTE: wink-nlp types its.lemma with model add-ons that `out` does not declare; it works as any its.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.normal).map(String);
  const normals = tokens.out(its.normal).map(String);
  const pos = tokens.out(its.pos).map(String);
  const types = tokens.out(its.type).map(String);
  const stop = tokens.out(its.stopWordFlag).map((flag) => String(flag) === "true");
  const terms: string[] = [];
  const surface: string[] = [];
  lemmas.forEach((lemma, i) => {
    if (stop[i] || !CONTENT_POS.has(pos[i] ?? "") || (types[i] !== "word" && types[i] !== "number")) return;
    const term = singularise(lemma.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""));
    if (term.length < 2 || LIGHT_VERBS.has(term)) return;
    terms.push(term);
    surface.push((normals[i] ?? term).toLowerCase());
  });
  return { terms, surface };
}
