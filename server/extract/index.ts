import type { Env } from "../env";
import { createHeuristicExtractor } from "./heuristic";
import type { Extractor } from "./types";

export class ExtractorUnavailableError extends Error {}

export function createExtractor(env: Pick<Env, "EXTRACTOR">): Extractor {
  if (env.EXTRACTOR === "llm") {
    // NOTE: the LLM extractor is its own piece of work (LangChain + structured output); until it
    // lands, say so plainly instead of silently falling back.
    throw new ExtractorUnavailableError("EXTRACTOR=llm is not available in this version yet; unset it to use the offline extractor.");
  }
  return createHeuristicExtractor();
}
