import { z } from "zod";

/** What the model must answer for one chunk: zod-validated structured output. */
export const ChunkInsights = z.object({
  insights: z
    .array(
      z.object({
        text: z.string().describe("The claim, 1 to 3 sentences, understandable without the conversation around it."),
        quote: z.string().describe("The exact words of the passage that supports the claim, copied from the text."),
        topics: z.array(z.string()).describe("1 to 5 short topic names, most central first, e.g. 'sovereign AI', 'fine-tuning'."),
        confidence: z.number().min(0).max(1).describe("How clearly the text makes this claim, 0 to 1."),
      }),
    )
    .describe("The few best insights of the passage, best first; empty when it holds none."),
});
export type ChunkInsights = z.infer<typeof ChunkInsights>;

export const SYSTEM_PROMPT = [
  "You extract insights from podcast transcripts, show notes and articles for a researcher.",
  "An insight is a self-contained claim of 1 to 3 sentences: assertive, specific, and understandable",
  "without the conversation around it. Replace pronouns such as 'this', 'that', 'he' or 'they' with what",
  "they refer to, or leave the claim out. Never return questions, greetings, thanks, sponsor reads,",
  "sign-up requests or filler. Do not include speaker names or timestamps in the claim.",
  "Keep only the best few per thousand words. Copy the supporting quote verbatim from the text.",
].join(" ");

export const userPrompt = (title: string, passage: string) =>
  `Source: ${title}\n\nText (lines may start with [time] and a speaker name):\n"""\n${passage}\n"""`;
