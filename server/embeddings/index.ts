import type { Env } from "../env";
import { createInsightEmbeddings, type InsightEmbeddings } from "./insightEmbeddings";
import { createLocalEmbedder } from "./local/localEmbedder";
import { DEFAULT_MODEL_DIR, fetchModelWithMaven, hasModelFiles } from "./local/fetchModel";
import { MODEL_FIX } from "./local/modelFiles";
import { LOCAL_MODELS, isLocalModel } from "./local/models";
import { createOpenAiEmbedder } from "./openai";

export { EmbeddingError, type Embedder, type Embedding } from "./embedder";
export { EmbeddingIndexError, createInsightEmbeddings, type InsightEmbeddings } from "./insightEmbeddings";
export { ModelFileError } from "./local/modelFiles";

type EmbeddingsEnv = Pick<Env, "EMBEDDINGS" | "EMBEDDINGS_MODEL" | "EMBEDDINGS_MODEL_DIR" | "EMBEDDINGS_THREADS" | "EMBEDDINGS_DIMENSIONS" | "OPENAI_API_KEY" | "OPENAI_BASE_URL">;

/**
 * Embeddings as configured: the local model (the default: in-process, offline), an
 * OpenAI-compatible endpoint, or none (related insights then use topics and wording only).
 */
export function createEmbeddings(env: EmbeddingsEnv): InsightEmbeddings | undefined {
  if (env.EMBEDDINGS === "none") return undefined;
  if (env.EMBEDDINGS === "openai") return createInsightEmbeddings(createOpenAiEmbedder(env));
  if (!isLocalModel(env.EMBEDDINGS_MODEL)) throw new Error(`unknown local embedding model ${env.EMBEDDINGS_MODEL}`);
  return createInsightEmbeddings(
    createLocalEmbedder({ model: env.EMBEDDINGS_MODEL, dir: env.EMBEDDINGS_MODEL_DIR ?? DEFAULT_MODEL_DIR, threads: env.EMBEDDINGS_THREADS }),
  );
}

/**
 * Embeddings for an entry point that is about to serve or ingest: the local model is fetched
 * through Maven when it is missing, and loaded (its files checked) now, so a damaged file stops
 * the start with one line rather than failing the first ingest. Without Maven and without the
 * files it says how to get them, and the tool runs on topics and wording meanwhile.
 */
export async function prepareEmbeddings(env: EmbeddingsEnv, log: (line: string) => void): Promise<InsightEmbeddings | undefined> {
  if (env.EMBEDDINGS === "local" && isLocalModel(env.EMBEDDINGS_MODEL)) {
    const model = LOCAL_MODELS[env.EMBEDDINGS_MODEL];
    const dir = env.EMBEDDINGS_MODEL_DIR ?? DEFAULT_MODEL_DIR;
    if (!hasModelFiles(dir, model) && !(env.EMBEDDINGS_MODEL_DIR === undefined && fetchModelWithMaven(log) && hasModelFiles(dir, model))) {
      log(`embeddings: the local model ${model.name} is not in ${dir}: ${MODEL_FIX}. Meanwhile related insights use topics and wording only.`);
      return undefined;
    }
  }
  const embeddings = createEmbeddings(env);
  if (!embeddings) return undefined;
  const started = Date.now();
  await embeddings.embedder.load?.();
  const { model, dimensions, origin } = embeddings.embedder;
  log(`embeddings: ${model}${dimensions ? `, ${dimensions} dimensions` : ""}, ${origin}${embeddings.embedder.load ? ` (loaded in ${Date.now() - started} ms)` : ""}`);
  return embeddings;
}
