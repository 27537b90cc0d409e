import type { InsightId } from "@shared/ids";
import type { PairToLabel } from "../labeller";
import { type PromptPair, pairsPrompt, SYSTEM_PROMPT } from "./schema";

/** Pairs per model call: enough to spread the prompt's cost, few enough that one bad answer costs little. */
export const PAIRS_PER_CALL = 20;
/** Characters of claims per call (claims run up to 2,000 characters each). */
export const CHARS_PER_CALL = 16_000;
/** English text runs about four characters per token with OpenAI's tokenisers (as server/extract/llm/estimate.ts). */
const CHARS_PER_TOKEN = 4;
/** The tool schema sent with every call, in tokens: its JSON Schema is about 900 characters, rounded up for the wrapper. */
const SCHEMA_TOKENS = 260;

/**
 * One pair of claims asked about, in either direction: A is the shorter claim, so "B extends A"
 * reads the way a claim builds on another (by adding to it).
 */
export interface AskedPair extends PromptPair {
  readonly aId: InsightId;
  readonly bId: InsightId;
}

/** One model call: its pairs and the prompt they make. */
export interface LabelCall {
  readonly pairs: readonly AskedPair[];
  readonly user: string;
}

/** The directed pairs as unordered pairs, each asked once, packed into calls. */
export function packCalls(pairs: readonly PairToLabel[]): LabelCall[] {
  const seen = new Set<string>();
  const asked: AskedPair[] = [];
  for (const pair of pairs) {
    if (pair.from === pair.to) continue;
    const key = pair.from < pair.to ? `${pair.from} ${pair.to}` : `${pair.to} ${pair.from}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fromFirst = pair.fromText.length <= pair.toText.length;
    const [aId, a, bId, b] = fromFirst ? [pair.from, pair.fromText, pair.to, pair.toText] : [pair.to, pair.toText, pair.from, pair.fromText];
    asked.push({ id: "", aId, a, bId, b });
  }
  const calls: AskedPair[][] = [];
  let current: AskedPair[] = [];
  let chars = 0;
  for (const pair of asked) {
    const size = pair.a.length + pair.b.length;
    if (current.length > 0 && (current.length >= PAIRS_PER_CALL || chars + size > CHARS_PER_CALL)) {
      calls.push(current);
      current = [];
      chars = 0;
    }
    current.push(pair);
    chars += size;
  }
  if (current.length > 0) calls.push(current);
  return calls.map((members) => {
    const numbered = members.map((pair, i) => ({ ...pair, id: `p${i + 1}` }));
    return { pairs: numbered, user: pairsPrompt(numbered) };
  });
}

/** Tokens a call sends, counted at four characters a token: an estimate, not a bill. */
export const estimateCallTokens = (call: LabelCall) => Math.ceil((SYSTEM_PROMPT.length + call.user.length) / CHARS_PER_TOKEN) + SCHEMA_TOKENS;
