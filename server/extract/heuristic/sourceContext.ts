import type { Sentence } from "./sentences";

/** What the whole source says about each sentence's place in it: who speaks, and how. */
export interface SourceContext {
  /** How often the source names each noun (lemma), relative to its most named one, 0..1: its focus. */
  readonly focusNouns: ReadonlyMap<string, number>;
  readonly speakers: ReadonlyMap<string, { readonly questions: number; readonly sentences: number }>;
  readonly sentences: number;
  readonly turns: number;
}

/** A speaker asking this share of their sentences is moderating (a host, an interviewer). */
const MODERATOR_QUESTIONS = 0.25;
/** A speaker with less than this share of a long source's sentences is a passing voice. */
const MINOR_SHARE = 0.05;
const MINOR_MIN_SENTENCES = 100;

/** A noun named in fewer sentences than this is not part of the source's focus. */
const MIN_FOCUS_MENTIONS = 3;

/** The nouns of a sentence a source's focus is made of (not stop words such as "thing", "way"). */
export const focusWords = (sentence: Sentence): string[] =>
  sentence.tagged.tokens.filter((t) => t.pos === "NOUN" && !t.stopWord && t.lemma.length > 2).map((t) => t.lemma);

/** How much a sentence is about what the source keeps coming back to: its most repeated noun's share, 0..1. */
export const focusShare = (context: SourceContext, sentence: Sentence): number =>
  Math.max(0, ...focusWords(sentence).map((lemma) => context.focusNouns.get(lemma) ?? 0));

export function sourceContext(sentences: readonly Sentence[]): SourceContext {
  const speakers = new Map<string, { questions: number; sentences: number }>();
  const nouns = new Map<string, number>();
  for (const s of sentences) {
    for (const lemma of new Set(focusWords(s))) nouns.set(lemma, (nouns.get(lemma) ?? 0) + 1);
    if (s.speaker === undefined) continue;
    const tally = speakers.get(s.speaker) ?? { questions: 0, sentences: 0 };
    tally.sentences += 1;
    if (s.said.includes("?")) tally.questions += 1;
    speakers.set(s.speaker, tally);
  }
  const most = Math.max(MIN_FOCUS_MENTIONS, ...nouns.values());
  const focusNouns = new Map([...nouns].filter(([, n]) => n >= MIN_FOCUS_MENTIONS).map(([lemma, n]) => [lemma, n / most]));
  return {
    focusNouns,
    speakers,
    sentences: sentences.length,
    turns: new Set(sentences.map((s) => s.turn)).size,
  };
}

/** How much a speaker moderates (0..1, from the share of questions) and whether they barely speak. */
export function speakerRole(context: SourceContext, speaker: string | undefined): { asks: number; minor: boolean } {
  const tally = speaker === undefined ? undefined : context.speakers.get(speaker);
  if (!tally) return { asks: 0, minor: false };
  const asks = Math.min(1, tally.questions / tally.sentences / MODERATOR_QUESTIONS);
  const minor = context.sentences >= MINOR_MIN_SENTENCES && tally.sentences / context.sentences < MINOR_SHARE;
  return { asks, minor };
}
