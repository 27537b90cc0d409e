import type { Sentence } from "./sentences";

/** What the whole source says about each sentence's place in it: who speaks, and how. */
export interface SourceContext {
  readonly speakers: ReadonlyMap<string, { readonly questions: number; readonly sentences: number }>;
  readonly sentences: number;
  readonly turns: number;
}

/** A speaker asking this share of their sentences is moderating (a host, an interviewer). */
const MODERATOR_QUESTIONS = 0.25;
/** A speaker with less than this share of a long source's sentences is a passing voice. */
const MINOR_SHARE = 0.05;
const MINOR_MIN_SENTENCES = 100;

export function sourceContext(sentences: readonly Sentence[]): SourceContext {
  const speakers = new Map<string, { questions: number; sentences: number }>();
  for (const s of sentences) {
    if (s.speaker === undefined) continue;
    const tally = speakers.get(s.speaker) ?? { questions: 0, sentences: 0 };
    tally.sentences += 1;
    if (s.said.includes("?")) tally.questions += 1;
    speakers.set(s.speaker, tally);
  }
  return {
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
