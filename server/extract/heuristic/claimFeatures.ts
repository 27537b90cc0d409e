import type { TaggedSentence, TaggedToken } from "../nlp";

/**
 * What a sentence holds that a fact-checker or a researcher would look for: something that can
 * be checked (numbers, names, comparisons, what happened) said as a statement, by someone making
 * a point rather than asking or moderating. Every feature is read off the tagged words, in any field.
 */
export interface ClaimFeatures {
  /** Words and numbers, punctuation left out. */
  readonly words: number;
  /** Numbers: NUM tokens, dates and counts. */
  readonly quantities: number;
  /** Measured amounts, the most checkable numbers: money, percentages, "12 million". */
  readonly measures: number;
  /** Proper nouns other than the pronoun "I": people, places, organisations, laws. */
  readonly names: number;
  /** Common nouns: the things a claim is about. */
  readonly nouns: number;
  /** Comparisons: "than", "more", "fewer", "-er"/"-est" forms. */
  readonly comparisons: number;
  /** Verbs in the past tense: what happened, which can be checked. */
  readonly pastVerbs: number;
  /** Words of a change in amount ("rose", "cut", "doubled", "cost"): a claim that something moved by a measure. */
  readonly changes: number;
  /** Modal verbs: "will", "would", "should", "could": promises and hypotheticals. */
  readonly modals: number;
  /** "I", "me", "my": the speaker talking about themselves. */
  readonly selfReferences: number;
  /** "you", "your": addressed to someone in the room. */
  readonly addressed: number;
  readonly question: boolean;
  /** Hedges and opinion frames: "maybe", "I think", "I believe". */
  readonly hedged: boolean;
}

const comparisonWords = new Set(["than", "more", "less", "fewer", "most", "least", "twice", "double", "half"]);
const modalWords = new Set(["will", "would", "should", "could", "might", "may", "must", "ca", "can", "shall", "'ll", "'d", "wo"]);
const selfWords = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"]);
const addressWords = new Set(["you", "your", "yours", "yourself", "you're", "you've"]);
// Verbs (and their nouns) for an amount changing, in any field: prices rise, emissions fall,
// a law cuts spending, a drug doubles survival, a firm loses customers.
const changeLemmas = new Set([
  "rise", "fall", "grow", "drop", "increase", "decrease", "reduce", "cut", "raise", "double",
  "triple", "lose", "gain", "add", "create", "cost", "spend", "pay",
]);
const quantityEntities = new Set(["CARDINAL", "MONEY", "PERCENT", "DATE", "ORDINAL", "TIME", "DURATION"]);
const measureEntities = new Set(["MONEY", "PERCENT"]);
const scaleWords = new Set(["hundred", "thousand", "million", "billion", "trillion", "percent", "%"]);
const pastAuxiliaries = new Set(["was", "were", "had", "did", "been"]);
const hedges = /\b(?:maybe|perhaps|probably|kind of|sort of|I guess|I suppose|I don't know|I think|I believe|I feel|I hope)\b/i;

const isWord = (t: TaggedToken): boolean => t.type === "word" || t.type === "number";

function isPast(token: TaggedToken): boolean {
  const text = token.text.toLowerCase();
  if (token.pos === "AUX") return pastAuxiliaries.has(text);
  if (token.pos !== "VERB" || text === token.lemma) return false;
  // Irregular forms change their stem ("fell", "spent"); regular ones end in -ed. Present and
  // progressive forms ("votes", "voting") keep the lemma as their start.
  return text.endsWith("ed") || !(text.startsWith(token.lemma.slice(0, -1)) && /(?:s|ing)$/.test(text));
}

// "bigger", "largest" differ from their lemma; "interest" and "under" do not.
const isDegree = (t: TaggedToken): boolean =>
  (t.pos === "ADJ" || t.pos === "ADV") && t.text.toLowerCase() !== t.lemma && /(?:er|est)$/i.test(t.text);

export function claimFeatures(claim: string, said: string, tagged: TaggedSentence): ClaimFeatures {
  const tokens = tagged.tokens;
  let words = 0;
  let quantities = 0;
  let names = 0;
  let nouns = 0;
  let comparisons = 0;
  let pastVerbs = 0;
  let changes = 0;
  let modals = 0;
  let selfReferences = 0;
  let addressed = 0;
  for (const token of tokens) {
    if (!isWord(token)) continue;
    words += 1;
    const lower = token.text.toLowerCase();
    if (token.pos === "NUM") quantities += 1;
    if (selfWords.has(lower)) selfReferences += 1;
    else if (token.pos === "PROPN") names += 1;
    if (token.pos === "NOUN") nouns += 1;
    if (comparisonWords.has(lower) || isDegree(token)) comparisons += 1;
    if (isPast(token)) pastVerbs += 1;
    if (changeLemmas.has(token.lemma)) changes += 1;
    if ((token.pos === "AUX" || token.pos === "VERB") && modalWords.has(lower)) modals += 1;
    if (addressWords.has(lower)) addressed += 1;
  }
  quantities = Math.max(quantities, tagged.entities.filter((type) => quantityEntities.has(type)).length);
  const scaled = tokens.filter((t) => scaleWords.has(t.text.toLowerCase())).length;
  const measures = Math.max(scaled, tagged.entities.filter((type) => measureEntities.has(type)).length);
  return {
    words,
    quantities,
    measures,
    names,
    nouns,
    comparisons,
    pastVerbs,
    changes,
    modals,
    selfReferences,
    addressed,
    question: said.includes("?"),
    hedged: hedges.test(claim),
  };
}
