import { once } from "node:events";
import { type IncomingMessage, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";

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

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
}

/**
 * A small OpenAI-compatible server on loopback for tests: `POST /v1/embeddings` answers with one
 * float vector per input, as OpenAI, vLLM or Ollama would, so the real OpenAIEmbeddings client runs.
 */
export async function startStubEmbeddingServer(behaviour: StubEmbeddingBehaviour): Promise<StubEmbeddingServer> {
  const requests: SeenEmbeddingRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    if (req.method !== "POST" || !req.url?.endsWith("/embeddings")) {
      res.writeHead(404).end();
      return;
    }
    const body = await readJson(req);
    const input = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)];
    const seen: SeenEmbeddingRequest = {
      model: String(body.model),
      input,
      encodingFormat: typeof body.encoding_format === "string" ? body.encoding_format : undefined,
      dimensions: typeof body.dimensions === "number" ? body.dimensions : undefined,
    };
    requests.push(seen);
    const status = behaviour.fail?.(seen, requests.length - 1);
    if (status !== undefined) {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "stub failure" } }));
      return;
    }
    const data = input.map((text, index) => ({ object: "embedding", index, embedding: behaviour.embed(text) }));
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({ object: "list", data, model: seen.model, usage: { prompt_tokens: input.length, total_tokens: input.length } }),
    );
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
