import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { describeFailure, mapBounded, type RetryPolicy, retryable, withRetries } from "../../extract/llm/retry";
import type { ModelLabel, ModelLabels, PairToLabel, RelationLabeller } from "../labeller";
import { pairKey } from "../labeller";
import { estimateCallTokens, type LabelCall, packCalls } from "./calls";
import { CallAnswer, PairAnswer, PairRelations, SYSTEM_PROMPT, TOOL_NAME } from "./schema";

export interface ModelLabellerOptions {
  readonly modelName: string;
  /** Where the model answers, for error messages. */
  readonly endpoint: string;
  /** Model calls in flight at once (OPENAI_CONCURRENCY). */
  readonly concurrency: number;
  readonly retry: RetryPolicy;
  /** OPENAI_PRICE_PER_MILLION_TOKENS, for the cost line. */
  readonly pricePerMillion?: number | undefined;
  readonly log: (line: string) => void;
}

/**
 * Below this the model's label is not kept and the pair stays plainly related: the offline
 * classifier's labels start at 0.61 (classify.ts), and a model unsure of itself should not do worse.
 */
export const CONFIDENCE_FLOOR = 0.6;

interface Answered {
  readonly items: readonly PairAnswer[];
  /** As the endpoint reported them, or estimated when it does not. */
  readonly tokens: number;
  readonly reported: boolean;
}

/**
 * Labels related pairs with a chat model: the pairs are asked once each (whichever way they are
 * listed), many to a call, with structured output (zod), bounded concurrency and retries with
 * back-off. Each answer is checked: an id the model invents is ignored, a label below the
 * confidence floor or "none" leaves the pair unlabelled, a pair the model skips is left to the
 * offline classifier. Every batch logs its calls, tokens and, with a price, its cost. When the
 * model fails after its retries the answer is null and the batch is labelled offline: the queue
 * never waits on a model that is down.
 */
export function createModelLabeller(model: BaseChatModel, options: ModelLabellerOptions): RelationLabeller {
  const structured = model.withStructuredOutput(PairRelations, { name: TOOL_NAME, method: "functionCalling", includeRaw: true });
  const ask = async (call: LabelCall): Promise<Answered> => {
    const { raw } = await structured.invoke([
      { role: "system", content: SYSTEM_PROMPT },
      { role: "user", content: call.user },
    ]);
    const message = raw as { tool_calls?: { args?: unknown }[]; usage_metadata?: { total_tokens?: number } };
    // NOTE: parsed strictly, one bad item (a confidence of 1.2) would cost the whole call; items are checked one by one instead.
    const answer = CallAnswer.parse(message.tool_calls?.[0]?.args);
    const items = answer.pairs.flatMap((item) => {
      const parsed = PairAnswer.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
    const reported = message.usage_metadata?.total_tokens;
    return { items, tokens: reported ?? estimateCallTokens(call), reported: reported !== undefined };
  };

  // A model that stays down would otherwise log once per batch: once until it answers again.
  let failing = false;
  return {
    name: `llm:${options.modelName}`,
    label: async (pairs: readonly PairToLabel[]): Promise<ModelLabels | null> => {
      const calls = packCalls(pairs);
      let answers: Answered[];
      try {
        answers = await mapBounded(calls, options.concurrency, (call) => withRetries(() => ask(call), options.retry, retryable));
      } catch (error) {
        if (!failing) options.log(`relations: ${describeFailure(error, options.endpoint)}; labelling offline until it answers again`);
        failing = true;
        return null;
      }
      if (failing) options.log(`relations: ${options.modelName} answers again`);
      failing = false;
      const labels = new Map<string, ModelLabel>();
      calls.forEach((call, c) => {
        const byId = new Map(call.pairs.map((pair) => [pair.id, pair]));
        for (const item of answers[c]?.items ?? []) {
          const pair = byId.get(item.id);
          if (!pair) continue; // an id the model made up
          byId.delete(item.id); // the first answer for a pair counts
          const relation = item.relation !== "none" && item.confidence >= CONFIDENCE_FLOOR ? item.relation : null;
          const confidence = Math.round(item.confidence * 100) / 100;
          const reason = item.reason.trim().slice(0, 200);
          // B builds on A: on A's list B extends it; on B's list A is the point it builds on, the same side.
          const back = relation === "extends" ? { relation: "supports" as const, reason: `it builds on this: ${reason}` } : { relation, reason };
          labels.set(pairKey(pair.aId, pair.bId), relation && { relation, confidence, reason });
          labels.set(pairKey(pair.bId, pair.aId), back.relation && { relation: back.relation, confidence, reason: back.reason });
        }
      });
      logCost(options, pairs.length, answers);
      return labels;
    },
  };
}

function logCost(options: ModelLabellerOptions, pairs: number, answers: readonly Answered[]): void {
  const tokens = answers.reduce((sum, a) => sum + a.tokens, 0);
  const estimated = answers.some((a) => !a.reported) ? " (estimated at four characters a token)" : "";
  const cost = options.pricePerMillion === undefined ? "" : `, about ${((tokens / 1_000_000) * options.pricePerMillion).toFixed(4)} at ${options.pricePerMillion} per million`;
  options.log(`relations: ${options.modelName} labelled ${pairs} related pairs in ${answers.length} calls, ${tokens} tokens${estimated}${cost}`);
}
