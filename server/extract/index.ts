import type { Env } from "../env";
import { createHeuristicExtractor } from "./heuristic";
import { createOpenAiExtractor, type LlmEnv } from "./llm/openai";
import type { Extractor } from "./types";

/** The extractor the configuration names: offline by default, the LLM on `EXTRACTOR=llm`. */
export function createExtractor(env: Pick<Env, "EXTRACTOR"> & LlmEnv): Extractor {
  return env.EXTRACTOR === "llm" ? createOpenAiExtractor(env) : createHeuristicExtractor();
}
