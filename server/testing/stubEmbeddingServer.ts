import { startStubOpenAi, stubFailure } from "./stubOpenAi";

/** One embeddings request as the stub saw it. */
export interface SeenEmbeddingRequest {
  readonly model: string;
  readonly input: readonly string[];
  readonly encodingFormat: string | undefined;
  readonly dimensions: number | undefined;
}

/** What the stub answers for a request: the vectors come from `embed`, unless `fail` gives a status. */
export interface StubEmbeddingBehaviour {
  embed(text: string): number[];
  fail?(request: SeenEmbeddingRequest, index: number): number | undefined;
}

export interface StubEmbeddingServer {
  readonly baseUrl: string;
  readonly requests: SeenEmbeddingRequest[];
  close(): Promise<void>;
}

/**
 * A small OpenAI-compatible server on loopback for tests: `POST /v1/embeddings` answers with one
 * float vector per input, as OpenAI, vLLM or Ollama would, so the real OpenAIEmbeddings client runs.
 */
export async function startStubEmbeddingServer(behaviour: StubEmbeddingBehaviour): Promise<StubEmbeddingServer> {
  const requests: SeenEmbeddingRequest[] = [];
  const stub = await startStubOpenAi("embeddings", (body) => {
    const input = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)];
    const seen: SeenEmbeddingRequest = {
      model: String(body.model),
      input,
      encodingFormat: typeof body.encoding_format === "string" ? body.encoding_format : undefined,
      dimensions: typeof body.dimensions === "number" ? body.dimensions : undefined,
    };
    requests.push(seen);
    const status = behaviour.fail?.(seen, requests.length - 1);
    if (status !== undefined) return stubFailure(status);
    const data = input.map((text, index) => ({ object: "embedding", index, embedding: behaviour.embed(text) }));
    return { status: 200, body: { object: "list", data, model: seen.model, usage: { prompt_tokens: input.length, total_tokens: input.length } } };
  });
  return { ...stub, requests };
}
