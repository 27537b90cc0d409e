import { startStubOpenAi, stubFailure } from "./stubOpenAi";

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

/**
 * A small OpenAI-compatible server on loopback for tests: `POST /v1/chat/completions` answers
 * with a forced tool call whose arguments `reply` decides, as OpenAI, vLLM or Ollama would.
 */
export async function startStubModelServer(reply: (request: SeenRequest, index: number) => StubReply): Promise<StubModelServer> {
  const requests: SeenRequest[] = [];
  const stub = await startStubOpenAi("chat/completions", (body) => {
    const messages = (body.messages as { role: string; content: string }[] | undefined) ?? [];
    const tools = body.tools as { function: { name: string } }[] | undefined;
    const seen = { model: String(body.model), user: messages.find((m) => m.role === "user")?.content ?? "", toolName: tools?.[0]?.function.name };
    requests.push(seen);
    const answer = reply(seen, requests.length - 1);
    if ("status" in answer) return stubFailure(answer.status);
    const message = {
      role: "assistant",
      content: null,
      tool_calls: [{ id: `call_${requests.length}`, type: "function", function: { name: seen.toolName ?? "extract", arguments: answer.arguments } }],
    };
    return {
      status: 200,
      body: {
        id: `chatcmpl-${requests.length}`,
        object: "chat.completion",
        created: 0,
        model: seen.model,
        choices: [{ index: 0, finish_reason: "tool_calls", message }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      },
    };
  });
  return { ...stub, requests };
}
