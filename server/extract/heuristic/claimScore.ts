import type { TopicSlug } from "@shared/ids";
import { isChatter } from "./chatter";
import { drawsConsequence, leansOnPrevious, opensWithSubject } from "./selfContained";
import type { Sentence } from "./sentences";

export interface SentenceScore {
  /** 0..1: how much the sentence reads like a specific, assertive claim. */
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

export const WORDS = { min: 8, max: 60 } as const;

// Words that make a sentence assert something: comparison, cause, generality, necessity.
const claimMarkers = new RegExp(
  String.raw`\b(?:more|less|fewer|better|worse|faster|slower|cheaper|larger|smaller|than|rather|instead|because|means` +
    String.raw`|most|every|never|always|only|decides?|matters?|beats?|depends?|will|should|must|cannot|can't|without)\b`,
  "gi",
);
const hedges = /\b(?:maybe|perhaps|probably|kind of|sort of|I guess|I suppose|I don't know)\b/i;
const firstPersonSingular = /\b(?:I|I'm|I've|I'd|me|my)\b/g;
const endsAsStatement = /[.!]["”')\]]?$/;

const wordTokens = (s: Sentence) => s.tagged.tokens.filter((t) => t.type === "word" || t.type === "number");

/**
 * How central each curated topic is to the source: its mentions relative to the most mentioned
 * one, 0..1. A claim about what an episode is mostly about matters more than an aside.
 */
export function topicCentrality(sentences: readonly Sentence[]): Map<TopicSlug, number> {
  const counts = new Map<TopicSlug, number>();
  for (const s of sentences) for (const slug of s.topics) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const most = Math.max(1, ...counts.values());
  return new Map([...counts].map(([slug, n]) => [slug, n / most]));
}

/**
 * Judges one sentence: its form (a statement, the right length, not chatter) and its content
 * (specific nouns and numbers, comparisons, curated topics, how central they are to the source).
 */
export function scoreSentence(sentence: Sentence, centralTopics: ReadonlyMap<TopicSlug, number> = new Map()): SentenceScore {
  const { claim, said, tagged } = sentence;
  const words = wordTokens(sentence).length;
  const nouns = tagged.tokens.filter((t) => t.pos === "NOUN" || t.pos === "PROPN").length;
  const hasVerb = tagged.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX");
  const hasNumber = tagged.tokens.some((t) => t.pos === "NUM") || tagged.entities.length > 0;
  const hasLink = tagged.tokens.some((t) => t.type === "url" || t.type === "email");
  const topics = sentence.topics.length;
  const centrality = Math.max(0, ...sentence.topics.map((slug) => centralTopics.get(slug) ?? 0));
  const markers = new Set((claim.match(claimMarkers) ?? []).map((m) => m.toLowerCase())).size;
  const selfReferences = (claim.match(firstPersonSingular) ?? []).length;

  const isStatement = endsAsStatement.test(said) && !said.includes("?");
  const usableForm = isStatement && hasVerb && !hasLink && !isChatter(said);
  const leansBack = leansOnPrevious(claim, tagged.tokens);
  const hasSubject = opensWithSubject(claim, tagged.tokens);

  const score =
    0.3 +
    Math.min(nouns, 6) * 0.04 +
    (hasNumber ? 0.06 : 0) +
    Math.min(markers, 3) * 0.04 +
    (topics >= 1 ? 0.1 : 0) +
    (topics >= 2 ? 0.05 : 0) +
    centrality * 0.1 +
    (words >= 12 && words <= 40 ? 0.05 : 0) -
    Math.min(selfReferences, 2) * 0.1 -
    (hedges.test(claim) ? 0.05 : 0);

  return {
    score: Math.max(0, Math.min(1, score)),
    standalone: usableForm && !leansBack && nouns >= 2 && words >= WORDS.min && words <= WORDS.max,
    leansBack,
    continues: usableForm && words >= 4 && words <= WORDS.max,
    drawsConsequence: drawsConsequence(said),
    leadsIn: usableForm && !leansBack && hasSubject && selfReferences === 0 && nouns >= 1 && words >= 3 && words < WORDS.min,
  };
}
