import type { TaggedToken } from "../nlp";

// Pronouns, demonstratives and connectives that point at something said before the sentence.
const pointsBack = new RegExp(
  String.raw`^(?:this|that|these|those|it|its|they|their|them|he|she|his|her|which|then|also|because)\b` +
    String.raw`|^(?:that|it)'s\b` +
    String.raw`|^(?:most|many|some|all|none|each|few|one|both) of (?:them|these|those|it|this)\b`,
  "i",
);
// ...unless they point forward: "It is hard to...", "That's the thing about lock-in: ...".
const pointsForward = /^it(?: is|'s| was) (?:\w+ )?(?:to|that|for)\b|^(?:that's|this is|here's) [^:]{3,60}:/i;
// A result or an example of something unnamed: "Huawei's chips are a direct result."
const unnamedAntecedent = /\b(?:is|are|was|were) (?:a|the|one) (?:\w+ )?(?:result|consequence|example)\b(?! of)/i;

// A follow-up that draws the consequence of the sentence before it: part of the same claim.
const consequence = /^(?:(?:this|that|which) means|(?:this|that)(?:'s| is) why|as a result|in other words|so,? )/i;

const anaphors = new Set(["it", "they", "them", "he", "she", "him", "her", "this", "that", "these", "those"]);
// Objects of an imperative; "that" is left out, since after a noun it starts a relative clause
// ("Governments that depend on...").
const objects = new Set(["it", "them", "him", "her", "this", "these", "those"]);
const subjectPos = new Set(["NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"]);
const phrasePos = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "ADV"]);

/** Index of the token the claim starts with (the sentence may have lost openers such as "So,"). */
function openerIndex(claim: string, tokens: readonly TaggedToken[]): number {
  const firstWord = /^[\p{L}\p{N}]+/u.exec(claim)?.[0].toLowerCase();
  return tokens.findIndex((t) => t.text.toLowerCase() === firstWord);
}

// "In effect they want...", "Without them, every plan...": after opening prepositional phrases,
// the first pronoun met before any other subject refers to something said earlier; so does the
// object of an opening imperative ("Spread it on the beds...").
function pronounBeforeSubject(tokens: readonly TaggedToken[]): boolean {
  const [first, second] = tokens;
  // NOTE: the tagger often calls a sentence-initial imperative PROPN ("Spread/PROPN it"), so a
  // proper noun followed by a pronoun counts as a verb and its object.
  const firstCouldBeSubject = first !== undefined && first.pos !== "PROPN" && subjectPos.has(first.pos);
  if (second?.pos === "PRON" && !firstCouldBeSubject) return objects.has(second.text.toLowerCase());
  let inPhrase = false;
  for (const token of tokens) {
    if (token.type === "punctuation") inPhrase = false;
    else if (token.pos === "ADP") inPhrase = true;
    else if (token.pos === "PRON") return anaphors.has(token.text.toLowerCase());
    else if (token.pos !== "ADV" && !(inPhrase && phrasePos.has(token.pos))) return false;
  }
  return false;
}

/** Whether a claim opens by pointing back ("This means...", "In effect they...") at an earlier sentence. */
export function leansOnPrevious(claim: string, tokens: readonly TaggedToken[]): boolean {
  if (pointsForward.test(claim)) return false;
  if (pointsBack.test(claim) || unnamedAntecedent.test(claim)) return true;
  const from = openerIndex(claim, tokens);
  return from >= 0 && pronounBeforeSubject(tokens.slice(from));
}

/** Whether a claim opens with something that can be its subject (not "Toward...", "How..."). */
export function opensWithSubject(claim: string, tokens: readonly TaggedToken[]): boolean {
  const opener = tokens[openerIndex(claim, tokens)];
  return opener !== undefined && subjectPos.has(opener.pos);
}

/** Whether a sentence spells out what follows from the one before ("This means...", "That's why..."). */
export function drawsConsequence(sentence: string): boolean {
  return consequence.test(sentence);
}
