import type { Env } from "../../env";
import { defaultLlmOptions } from "../../extract/llm/llmExtractor";
import type { LlmEnv } from "../../extract/llm/openai";
import type { RelationLabeller } from "../labeller";
import { createModelLabeller, type ModelLabellerOptions } from "./modelLabeller";

export type RelationLabellerEnv = LlmEnv & Pick<Env, "EXTRACTOR" | "OPENAI_PRICE_PER_MILLION_TOKENS">;

/**
 * The relation labeller on the LLM extractor's model when one is configured (`EXTRACTOR=llm`);
 * undefined otherwise, and relations stay offline (the default). The LLM client is loaded only
 * then (see createExtractor).
 */
export async function createRelationLabeller(
  env: RelationLabellerEnv,
  log: (line: string) => void,
  overrides: Partial<Pick<ModelLabellerOptions, "retry">> = {},
): Promise<RelationLabeller | undefined> {
  if (env.EXTRACTOR !== "llm") return undefined;
  const { createChatModel } = await import("../../extract/llm/openai");
  const { model, modelName, endpoint } = createChatModel(env);
  return createModelLabeller(model, {
    modelName,
    endpoint,
    concurrency: env.OPENAI_CONCURRENCY,
    retry: defaultLlmOptions.retry,
    pricePerMillion: env.OPENAI_PRICE_PER_MILLION_TOKENS,
    log,
    ...overrides,
  });
}
