import { isChatter } from "./chatter";
import { type ClaimFeatures, claimFeatures } from "./claimFeatures";
import { drawsConsequence, leansOnPrevious, opensWithSubject } from "./selfContained";
import type { Sentence } from "./sentences";
import { type SourceContext, speakerRole, focusShare } from "./sourceContext";

export interface SentenceScore {
  /** 0..1: how much the sentence reads like a specific, checkable claim worth keeping. */
  readonly score: number;
  /** Whether it can stand alone as an insight (right length, a statement, not chatter). */
  readonly standalone: boolean;
  /** Whether it opens by pointing back ("This means...", "They...") and so needs its predecessor. */
  readonly leansBack: boolean;
  /** Whether it may follow another sentence inside one insight. */
  readonly continues: boolean;
  /** Whether it spells out the consequence of the sentence before ("This means..."). */
  readonly drawsConsequence: boolean;
  /** A short claim that the next sentence spells out ("Energy is the binding constraint."). */
  readonly leadsIn: boolean;
}

/**
 * A claim's length in words to stand alone. Six words hold a whole claim ("Rents doubled in most
 * large cities."); the noun, verb and statement checks keep fragments out.
 */
export const WORDS = { min: 6, max: 60 } as const;

const endsAsStatement = /[.!]["”')\]]?$/;
const saturate = (value: number, at: number): number => Math.min(value, at) / at;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Hand-set weights on the log-odds scale, sized by how much more often fact-checkers and readers
 * keep sentences with each trait (measured on public training transcripts; nothing here is fitted
 * by a program). No word list of any field: curated topics are left out on purpose, since they
 * fire on any text that shares their words. Checkable content raises a claim; talk about oneself,
 * promises, hedges and the moderator's lines lower it (questions and chatter are ruled out by
 * form, in `scoreSentence`).
 */
const WEIGHTS = {
  /** Money, percentages, "12 million": the most checkable thing a sentence can hold. */
  measures: 1.1,
  /** Any number, date or count. */
  quantities: 0.7,
  /** What happened ("voted", "fell", "was"): a fact that can be checked. */
  pastVerbs: 0.2,
  /** An amount that changed ("rose", "cut", "doubled"): what fact-checkers chose about twice as often. */
  changes: 0.4,
  /** Nouns give a claim something to be about. */
  nouns: 0.4,
  comparisons: 0.55,
  names: 0.15,
  /** About what the source keeps coming back to (its most repeated nouns). */
  focus: 0.2,
  /** Longer sentences carry more; saturates at 26 words. */
  length: 0.15,
  modals: -0.25,
  selfReferences: -0.6,
  addressed: -0.1,
  hedged: -0.2,
  /** The first sentence of a turn mostly answers or acknowledges the previous speaker. */
  opensTurn: -0.2,
  /** A speaker who mostly asks (a host, a moderator) is rarely the one making the claim. */
  moderator: -1.3,
  /** Someone who says very little (a voice from the audience, an announcer). */
  minorSpeaker: -0.3,
} as const;
/** Log-odds of a sentence with none of the traits; chosen so a plain statement with a few nouns scores about 0.5. */
const BIAS = -0.4;

/**
 * How far a model's rating moves the log-odds: a rating of 1 adds this much, 0 takes it away,
 * 0.5 changes nothing. As large as the strongest single feature, so neither side overrules the other.
 */
const MODEL_WEIGHT = 1;

/** The claim's log-odds from its features, before the form checks. */
export function claimLogit(features: ClaimFeatures, sentence: Sentence, context: SourceContext): number {
  const role = speakerRole(context, sentence.speaker);
  return (
    BIAS +
    WEIGHTS.measures * saturate(features.measures, 1) +
    WEIGHTS.quantities * saturate(features.quantities, 2) +
    WEIGHTS.pastVerbs * saturate(features.pastVerbs, 2) +
    WEIGHTS.changes * saturate(features.changes, 1) +
    WEIGHTS.nouns * saturate(features.nouns, 4) +
    WEIGHTS.comparisons * saturate(features.comparisons, 1) +
    WEIGHTS.names * saturate(features.names, 2) +
    WEIGHTS.length * saturate(Math.max(0, features.words - 6), 20) +
    WEIGHTS.focus * focusShare(context, sentence) +
    WEIGHTS.modals * saturate(features.modals, 1) +
    WEIGHTS.selfReferences * saturate(features.selfReferences, 2) +
    WEIGHTS.addressed * saturate(features.addressed, 1) +
    (features.hedged ? WEIGHTS.hedged : 0) +
    (sentence.opensTurn && context.turns > 1 ? WEIGHTS.opensTurn : 0) +
    WEIGHTS.moderator * role.asks +
    (role.minor ? WEIGHTS.minorSpeaker : 0)
  );
}

/**
 * Judges one sentence: its form (a statement, the right length, not chatter) and its content
 * (checkable facts, comparisons, names, who says it), with a model's rating when there is one.
 */
export function scoreSentence(sentence: Sentence, context: SourceContext, modelRating?: number): SentenceScore {
  const { claim, said, tagged } = sentence;
  const features = claimFeatures(claim, said, tagged);
  const { words, nouns: commonNouns, names, selfReferences } = features;
  const nouns = commonNouns + names;
  const hasVerb = tagged.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX");
  const hasLink = tagged.tokens.some((t) => t.type === "url" || t.type === "email");
  const isStatement = endsAsStatement.test(said) && !features.question;
  const usableForm = isStatement && hasVerb && !hasLink && !isChatter(said);
  const leansBack = leansOnPrevious(claim, tagged.tokens);
  const hasSubject = opensWithSubject(claim, tagged.tokens);
  return {
    score: sigmoid(claimLogit(features, sentence, context) + (modelRating === undefined ? 0 : MODEL_WEIGHT * (2 * modelRating - 1))),
    standalone: usableForm && !leansBack && nouns >= 2 && words >= WORDS.min && words <= WORDS.max,
    leansBack,
    continues: usableForm && words >= 4 && words <= WORDS.max,
    drawsConsequence: drawsConsequence(said),
    leadsIn: usableForm && !leansBack && hasSubject && selfReferences === 0 && nouns >= 1 && words >= 3 && words < WORDS.min,
  };
}
