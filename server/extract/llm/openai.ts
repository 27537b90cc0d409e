import { ChatOpenAI } from "@langchain/openai";
import type { Env } from "../../env";
import type { Extractor } from "../types";
import { createLlmExtractor, defaultLlmOptions } from "./llmExtractor";

export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
const OPENAI_URL = "https://api.openai.com/v1";
/** One model call may take this long before it counts as failed (and is retried). */
const CALL_TIMEOUT_MS = 120_000;

export type LlmEnv = Pick<Env, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "OPENAI_MODEL" | "OPENAI_CONCURRENCY">;

/** The configured chat model, its name and where it answers (for error messages). */
export interface ChatModel {
  readonly model: ChatOpenAI;
  readonly modelName: string;
  readonly endpoint: string;
}

/**
 * A chat model on any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, LM Studio, llama.cpp
 * server): the extractor and the relation labeller share it. Retries are ours (with back-off), so
 * the client's own are off.
 */
export function createChatModel(env: LlmEnv): ChatModel {
  const modelName = env.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL;
  const endpoint = env.OPENAI_BASE_URL ?? OPENAI_URL;
  const model = new ChatOpenAI({
    model: modelName,
    // Local servers ignore the key, but the client insists on one.
    apiKey: env.OPENAI_API_KEY ?? "not-needed",
    configuration: { baseURL: endpoint },
    maxRetries: 0,
    timeout: CALL_TIMEOUT_MS,
  });
  return { model, modelName, endpoint };
}

/** The LLM extractor on the configured chat model. */
export function createOpenAiExtractor(env: LlmEnv, overrides: Partial<typeof defaultLlmOptions> = {}): Extractor {
  const { model, modelName, endpoint } = createChatModel(env);
  return createLlmExtractor(model, {
    ...defaultLlmOptions,
    concurrency: env.OPENAI_CONCURRENCY,
    ...overrides,
    modelName,
    endpoint,
  });
}
