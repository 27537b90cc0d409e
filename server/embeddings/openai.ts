import type { OpenAIEmbeddings } from "@langchain/openai";
import type { Env } from "../env";
import { mapBounded, type RetryPolicy, withRetries } from "../extract/llm/retry";
import { checkEmbeddings, type Embedder, EmbeddingError } from "./embedder";

const OPENAI_URL = "https://api.openai.com/v1";
/** One embedding call may take this long before it counts as failed (and is retried). */
const CALL_TIMEOUT_MS = 60_000;

export interface OpenAiEmbedderOptions {
  /** Texts per request: a batch of a thousand insights is a handful of requests, not a thousand. */
  readonly batchSize: number;
  /** Requests in flight at once. */
  readonly concurrency: number;
  readonly retry: RetryPolicy;
}

export const defaultEmbedderOptions: OpenAiEmbedderOptions = { batchSize: 128, concurrency: 2, retry: { attempts: 3, firstDelayMs: 1_000 } };

type EmbeddingsEnv = Pick<Env, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "EMBEDDINGS_MODEL" | "EMBEDDINGS_DIMENSIONS">;

// Bad requests (401, 404 unknown model, 400 too many dimensions) will not get better by asking again.
const retryable = (error: unknown) => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status !== "number" || status === 408 || status === 409 || status === 429 || status >= 500;
};

/**
 * Embeddings from any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, LM Studio, llama.cpp
 * server) through LangChain's OpenAIEmbeddings. Batching, concurrency and retries are ours, so the
 * client's own are off and a failure names the endpoint once.
 */
export function createOpenAiEmbedder(env: EmbeddingsEnv, overrides: Partial<OpenAiEmbedderOptions> = {}): Embedder {
  const options = { ...defaultEmbedderOptions, ...overrides };
  const endpoint = env.OPENAI_BASE_URL ?? OPENAI_URL;
  // Loaded on the first call: LangChain's OpenAI package adds about 30 MB to a process.
  let client: Promise<OpenAIEmbeddings> | undefined;
  const connect = async () => new (await import("@langchain/openai")).OpenAIEmbeddings({
    model: env.EMBEDDINGS_MODEL,
    ...(env.EMBEDDINGS_DIMENSIONS !== undefined && { dimensions: env.EMBEDDINGS_DIMENSIONS }),
    // Local servers ignore the key, but the client insists on one.
    apiKey: env.OPENAI_API_KEY ?? "not-needed",
    configuration: { baseURL: endpoint },
    // NOTE: the openai SDK asks for base64 unless told otherwise; several local servers only speak floats.
    encodingFormat: "float",
    batchSize: options.batchSize,
    maxConcurrency: 1,
    maxRetries: 0,
    timeout: CALL_TIMEOUT_MS,
  });
  const batches = (texts: readonly string[]) =>
    Array.from({ length: Math.ceil(texts.length / options.batchSize) }, (_, i) => texts.slice(i * options.batchSize, (i + 1) * options.batchSize));
  return {
    model: env.EMBEDDINGS_MODEL,
    dimensions: env.EMBEDDINGS_DIMENSIONS,
    origin: `OpenAI-compatible endpoint ${endpoint}`,
    embed: async (texts) => {
      if (texts.length === 0) return [];
      let answers: number[][][];
      try {
        answers = await mapBounded(batches(texts), options.concurrency, (batch) => withRetries(async () => (await (client ??= connect())).embedDocuments([...batch]), options.retry, retryable));
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw new EmbeddingError(`the embedding model ${env.EMBEDDINGS_MODEL} at ${endpoint} failed: ${message}`, { cause: error });
      }
      try {
        return checkEmbeddings(texts, answers.flat(), env.EMBEDDINGS_DIMENSIONS);
      } catch (error) {
        throw new EmbeddingError(`the embedding model ${env.EMBEDDINGS_MODEL} at ${endpoint} ${(error as Error).message}`);
      }
    },
  };
}
