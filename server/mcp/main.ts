import { readFileSync } from "node:fs";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { type GraphConnection, LauncherSetupError, connect, prepareWhenReachable } from "../db";
import { ModelFileError, prepareEmbeddings } from "../embeddings";
import { EnvError } from "../env";
import { createExtractor } from "../extract";
import { appUrlOf } from "../feeds/start";
import { DEFAULT_RELATED_K } from "../related/refresh";
import { explorerLinks } from "./answer";
import { loadMcpEnv } from "./env";
import { laterDatabase } from "./laterDatabase";
import { createMcpServer } from "./server";

// NOTE: standard output is the protocol: one stray line breaks the client, so every log goes to stderr.
const log = (line: string) => process.stderr.write(`${line}\n`);
console.log = console.error;
console.info = console.error;

const version = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** `npm run mcp`: the graph as a Model Context Protocol server over stdio, for LLM clients and agents. */
async function main(): Promise<void> {
  const env = loadMcpEnv();
  const embeddings = await prepareEmbeddings(env, log);
  const stopping = new AbortController();
  // Neo4j opens while the client is answered: the bundled one can take longer than a client waits.
  // Tools wait for the schema too: a fresh store has no full-text index until it is applied.
  const opening: Promise<GraphConnection> = connect(env, log).then(async (graph) => {
    await prepareWhenReachable(graph.driver, graph.database, graph.uri, log, stopping.signal);
    return graph;
  });
  opening.then(
    (graph) => log(`mcp: graph ready (${graph.describe})`),
    (error: unknown) => log(`mcp: could not open the graph, every tool will say so: ${error instanceof Error ? error.message : String(error)}`),
  );
  const close = async (why: string) => {
    if (stopping.signal.aborted) return;
    stopping.abort();
    log(`mcp: ${why}, stopping`);
    await opening.then((graph) => graph.close(), () => undefined);
    process.exit(0);
  };
  // The client ends the session by closing our stdin (or by a signal): stop the bundled Neo4j with us.
  process.stdin.once("end", () => void close("the client closed the connection"));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void close(signal));

  const server = createMcpServer(
    {
      db: laterDatabase(opening.then((graph) => graph.db)),
      links: explorerLinks(appUrlOf(env)),
      ...(embeddings && { embeddings }),
      ...(env.MCP_WRITE && { writes: { extractor: await createExtractor(env), relatedK: DEFAULT_RELATED_K } }),
      now: () => new Date(),
      log,
    },
    version,
  );
  await server.connect(new StdioServerTransport());
  log(`mcp: serving over stdio (${env.MCP_WRITE ? "read and write" : "read-only; MCP_WRITE=1 adds ingest_text and follow_topic"})`);
}

main().catch((error: unknown) => {
  const expected = error instanceof EnvError || error instanceof LauncherSetupError || error instanceof ModelFileError;
  log(expected ? (error as Error).message : String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
