import { connect, type Database } from "../../server/db";
import { loadEnv } from "../../server/env";

/** How a command reaches the graph: through the running app's API, or straight to Neo4j. */
export type GraphAccess =
  | { readonly kind: "http"; readonly baseUrl: string }
  | { readonly kind: "db"; readonly db: Database; readonly close: () => Promise<void> };

const PROBE_MS = 800;

async function answers(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(PROBE_MS) });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * `--server <url>` uses that app; with `NEO4J_URI` the command reads Neo4j itself; otherwise the
 * app on `HOST:PORT` is used if it is running (the bundled Neo4j's store is then in use by it),
 * and the bundled Neo4j is started only when nothing is.
 */
export async function openGraph(server: string | undefined, log: (line: string) => void): Promise<GraphAccess> {
  if (server) return { kind: "http", baseUrl: server.replace(/\/+$/, "") };
  const env = loadEnv();
  const local = `http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${env.PORT}`;
  if (!env.NEO4J_URI && (await answers(local))) return { kind: "http", baseUrl: local };
  const graph = await connect(env, log);
  return { kind: "db", db: graph.db, close: () => graph.close() };
}

/** A GET against the app, failing with the API's own error message. */
export async function fetchText(url: string): Promise<string> {
  return (await fetchBytes(url)).toString("utf8");
}

/** A GET whose answer may be binary (a zip), failing with the API's own error message. */
export async function fetchBytes(url: string): Promise<Buffer> {
  const res = await fetch(url);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (!res.ok) {
    const text = bytes.toString("utf8");
    let message = text;
    try {
      message = (JSON.parse(text) as { error: { message: string } }).error.message;
    } catch {
      // Not the API's error shape: show the answer as it came.
    }
    throw new Error(`${res.status}: ${message}`);
  }
  return bytes;
}

/** `base` + `path` + the query's defined values. */
export function apiUrl(base: string, path: string, query: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, value);
  const qs = search.toString();
  return `${base}${path}${qs ? `?${qs}` : ""}`;
}
