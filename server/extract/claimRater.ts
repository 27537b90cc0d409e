import type { Embedder, Embedding } from "../embeddings";
import type { ClaimRater } from "./heuristic";

// Written for this purpose, in no field's words: what a checkable claim sounds like, and what the
// talk around claims sounds like (greetings, questions, moderation, filler).
const CLAIM_EXAMPLES = [
  "Unemployment fell to four percent last year.",
  "The new law cut emissions by a third compared with 2010.",
  "Most of the budget goes to pensions and health care.",
  "The company lost two billion dollars after the merger.",
  "Prices rose faster than wages for a decade.",
  "The bridge opened two years late and far over budget.",
  "Fewer students finished school than in any year before.",
  "The treaty was signed in 1992 by twelve countries.",
  "He voted against the bill three times.",
  "The city has more hospitals per person than any other region.",
];
const TALK_EXAMPLES = [
  "Thank you so much for having me.",
  "Let's take a short break.",
  "What do you think about that?",
  "Good evening and welcome to the show.",
  "I'm not going to answer that.",
  "Well, you know, I mean, it's hard to say.",
  "Please go ahead, you have one minute.",
  "That's a great question.",
  "Let me finish, please.",
  "We'll be right back after this.",
];

/** How sharply a difference in closeness turns into a rating; cosines of one model differ by tenths. */
const SHARPNESS = 12;

const cosine = (a: Embedding, b: Embedding): number => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += (a[i] ?? 0) * (b[i] ?? 0);
    na += (a[i] ?? 0) ** 2;
    nb += (b[i] ?? 0) ** 2;
  }
  return dot / Math.sqrt(na * nb || 1);
};

const closest = (vector: Embedding, examples: readonly Embedding[]): number => Math.max(...examples.map((e) => cosine(vector, e)));

/**
 * A rater from a sentence-embedding model: a sentence closer to the claim examples than to the
 * talk examples rates above 0.5. Examples are embedded once, on first use.
 */
export function createEmbeddingClaimRater(embedder: Embedder): ClaimRater {
  let examples: Promise<{ claims: Embedding[]; talk: Embedding[] }> | undefined;
  return async (sentences) => {
    examples ??= Promise.all([embedder.embed(CLAIM_EXAMPLES), embedder.embed(TALK_EXAMPLES)]).then(([claims, talk]) => ({ claims, talk }));
    const { claims, talk } = await examples;
    const vectors = sentences.length > 0 ? await embedder.embed(sentences) : [];
    return vectors.map((v) => 1 / (1 + Math.exp(-SHARPNESS * (closest(v, claims) - closest(v, talk)))));
  };
}
