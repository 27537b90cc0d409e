import { once } from "node:events";
import { type IncomingMessage, createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A stub's answer to one request: a JSON body with a status. */
export interface StubAnswer {
  readonly status: number;
  readonly body: unknown;
}

export interface StubOpenAi {
  /** The `/v1` base URL to give an OpenAI client. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** A JSON body as an object; any other body (multipart audio uploads) as `{ contentType, raw }`. */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const contentType = req.headers["content-type"] ?? "";
  if (!contentType.includes("json")) return { contentType, raw };
  return JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
}

/** The error body OpenAI-compatible servers send, for a stub that fails a request on purpose. */
export const stubFailure = (status: number): StubAnswer => ({ status, body: { error: { message: "stub failure" } } });

/**
 * An OpenAI-compatible server on loopback for tests, answering `POST /v1/<endpoint>` with what
 * `answer` returns for the request's JSON body (anything else is a 404), so the real LangChain
 * client runs against it.
 */
export async function startStubOpenAi(endpoint: string, answer: (body: Record<string, unknown>) => StubAnswer): Promise<StubOpenAi> {
  const server = createServer(async (req, res) => {
    if (req.method !== "POST" || !req.url?.endsWith(`/${endpoint}`)) {
      res.writeHead(404).end();
      return;
    }
    const { status, body } = answer(await readJson(req));
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
