import type { Env } from "../env";
import { createHeuristicExtractor } from "./heuristic";
import type { LlmEnv } from "./llm/openai";
import type { Extractor } from "./types";

/**
 * The extractor the configuration names: offline by default, the LLM on `EXTRACTOR=llm`. The LLM
 * client is loaded only then: LangChain's OpenAI package adds about 30 MB to a process.
 */
export async function createExtractor(env: Pick<Env, "EXTRACTOR"> & LlmEnv): Promise<Extractor> {
  if (env.EXTRACTOR !== "llm") return createHeuristicExtractor();
  const { createOpenAiExtractor } = await import("./llm/openai");
  return createOpenAiExtractor(env);
}
