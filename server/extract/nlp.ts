import winkNLP, { type ItemSentence, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One token of a sentence, as the English model tags it. */
export interface TaggedToken {
  readonly text: string;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, AUX, PRON, ... */
  readonly pos: string;
  /** word, number, punctuation, currency, url, email, emoji, ... */
  readonly type: string;
  readonly stopWord: boolean;
  /** Dictionary form, lower case ("fell" → "fall"): tells tense and degree from the word itself. */
  readonly lemma: string;
}

export interface TaggedSentence {
  readonly text: string;
  readonly tokens: readonly TaggedToken[];
  /** Named-entity types found in the sentence: DATE, MONEY, PERCENT, CARDINAL, ... */
  readonly entities: readonly string[];
}

let shared: WinkMethods | undefined;

/**
 * The English model, loaded once per process on first use (it takes a few hundred milliseconds
 * and a few MB): the extractor and the related-insight terms share it.
 */
export function nlp(): WinkMethods {
  shared ??= winkNLP(model);
  return shared;
}

const strings = (values: readonly unknown[]): string[] => values.map((v) => String(v));

/** Sentences of a plain text with their tokens tagged; deterministic for the same text. */
export function tagSentences(text: string): TaggedSentence[] {
  const { its } = nlp();
  const sentences: TaggedSentence[] = [];
  nlp()
    .readDoc(text)
    .sentences()
    .each((sentence: ItemSentence) => {
      const tokens = sentence.tokens();
      const values = strings(tokens.out(its.value));
      const pos = strings(tokens.out(its.pos));
      const types = strings(tokens.out(its.type));
      const stop = strings(tokens.out(its.stopWordFlag)).map((flag) => flag === "true");
      // NOTE: wink-nlp types its.lemma with model add-ons that `out` does not declare; it works as any its.
      const lemmas = strings(tokens.out(its.lemma as unknown as typeof its.normal));
      sentences.push({
        text: sentence.out(),
        tokens: values.map((value, i) => ({
          text: value,
          pos: pos[i] ?? "X",
          type: types[i] ?? "word",
          stopWord: stop[i] ?? false,
          lemma: lemmas[i] ?? value.toLowerCase(),
        })),
        entities: strings(sentence.entities().out(its.type)),
      });
    });
  return sentences;
}
