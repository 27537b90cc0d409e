import type { Turn } from "../types";
import { chunkTurns } from "./chunks";
import { SYSTEM_PROMPT, userPrompt } from "./schema";

/** English text runs about four characters per token with OpenAI's tokenisers. */
const CHARS_PER_TOKEN = 4;
/**
 * The tool schema sent with every call, in tokens: its JSON Schema is 891 characters (measured
 * with z.toJSONSchema), about 223 tokens, rounded up for the tool wrapper and message framing.
 */
const SCHEMA_TOKENS = 260;

export interface TokenEstimate {
  readonly calls: number;
  readonly tokens: number;
  /** In the price's currency; null when no price is configured. */
  readonly cost: number | null;
}

/**
 * Tokens a run would send to the model: each chunk with the prompt and schema around it, counted
 * at four characters a token. An estimate for a go/no-go question, not a bill.
 */
export function estimateTokens(sources: readonly { title: string; turns: readonly Turn[] }[], chunkChars: number, pricePerMillion?: number): TokenEstimate {
  let calls = 0;
  let chars = 0;
  for (const source of sources) {
    for (const chunk of chunkTurns(source.turns, chunkChars)) {
      calls += 1;
      chars += SYSTEM_PROMPT.length + userPrompt(source.title, chunk.text).length;
    }
  }
  const tokens = Math.ceil(chars / CHARS_PER_TOKEN) + calls * SCHEMA_TOKENS;
  return { calls, tokens, cost: pricePerMillion === undefined ? null : (tokens / 1_000_000) * pricePerMillion };
}
