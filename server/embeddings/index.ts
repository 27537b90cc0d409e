import type { Env } from "../env";
import { createInsightEmbeddings, type InsightEmbeddings } from "./insightEmbeddings";
import { createOpenAiEmbedder } from "./openai";

export { EmbeddingError, type Embedder, type Embedding } from "./embedder";
export { EmbeddingIndexError, createInsightEmbeddings, type InsightEmbeddings } from "./insightEmbeddings";

/** Embeddings as configured: none (the default; related insights use topics and wording) or OpenAI-compatible. */
export function createEmbeddings(env: Env): InsightEmbeddings | undefined {
  return env.EMBEDDINGS === "openai" ? createInsightEmbeddings(createOpenAiEmbedder(env)) : undefined;
}
