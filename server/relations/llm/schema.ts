import { z } from "zod";

/** What the model answers for one pair (validated one by one: a bad item costs that pair, not the call). */
export const PairAnswer = z.object({
  id: z.string().describe("The pair's id exactly as given, e.g. 'p3'."),
  relation: z
    .enum(["supports", "contradicts", "extends", "same", "none"])
    .describe(
      "supports: B argues the same side as A. contradicts: B argues against A. extends: B keeps A's point and adds a further one " +
        "(a reason, consequence, mechanism or condition). same: the same claim in other words. none: related, but none of these.",
    ),
  confidence: z.number().min(0).max(1).describe("How sure you are of the relation, 0 to 1."),
  reason: z.string().describe("Why, in under 15 words."),
});
export type PairAnswer = z.infer<typeof PairAnswer>;

/** The structured output of one call: every pair of the call, by id. */
export const PairRelations = z.object({
  pairs: z.array(PairAnswer).describe("One entry per pair given, with its id."),
});

/** The whole answer's shape, checked loosely: a wrong shape is a failed call (retried), a wrong item only drops that item. */
export const CallAnswer = z.object({ pairs: z.array(z.unknown()) });

export const TOOL_NAME = "record_relations";

export const SYSTEM_PROMPT = [
  "You compare pairs of claims taken from podcasts and articles for a researcher following a debate.",
  "For each pair, say how claim B stands to claim A: supports, contradicts, extends, same, or none.",
  "Judge the claims as written; do not use outside knowledge of who is right.",
  "Answer none when unsure: a wrong label misleads more than a missing one.",
].join(" ");

/** One pair as the model reads it. */
export interface PromptPair {
  readonly id: string;
  readonly a: string;
  readonly b: string;
}

export const pairsPrompt = (pairs: readonly PromptPair[]) =>
  `Pairs:\n\n${pairs.map((p) => `id: ${p.id}\nA: ${p.a}\nB: ${p.b}`).join("\n\n")}`;
