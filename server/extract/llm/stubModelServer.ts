import { once } from "node:events";
import { type IncomingMessage, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One chat-completions request as the stub saw it. */
export interface SeenRequest {
  readonly model: string;
  readonly user: string;
  readonly toolName: string | undefined;
}

/** What the stub answers for a request: the tool-call arguments, or an HTTP status to fail with. */
export type StubReply = { readonly arguments: string } | { readonly status: number };

export interface StubModelServer {
  readonly baseUrl: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
}

/**
 * A small OpenAI-compatible server on loopback for tests: `POST /v1/chat/completions` answers
 * with a forced tool call whose arguments `reply` decides, as OpenAI, vLLM or Ollama would.
 */
export async function startStubModelServer(reply: (request: SeenRequest, index: number) => StubReply): Promise<StubModelServer> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res.writeHead(404).end();
      return;
    }
    const body = await readJson(req);
    const messages = (body.messages as { role: string; content: string }[] | undefined) ?? [];
    const tools = body.tools as { function: { name: string } }[] | undefined;
    const seen = { model: String(body.model), user: messages.find((m) => m.role === "user")?.content ?? "", toolName: tools?.[0]?.function.name };
    requests.push(seen);
    const answer = reply(seen, requests.length - 1);
    if ("status" in answer) {
      res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "stub failure" } }));
      return;
    }
    const message = {
      role: "assistant",
      content: null,
      tool_calls: [{ id: `call_${requests.length}`, type: "function", function: { name: seen.toolName ?? "extract", arguments: answer.arguments } }],
    };
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        id: `chatcmpl-${requests.length}`,
        object: "chat.completion",
        created: 0,
        model: seen.model,
        choices: [{ index: 0, finish_reason: "tool_calls", message }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
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
