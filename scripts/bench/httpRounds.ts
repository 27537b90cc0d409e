import type { Database } from "../../server/db";
import type { EndpointFigures, EndpointName } from "./results";
import { loadEndpoint, startServer } from "./http";
import { seededRandom } from "@shared/random";

/** Ids and slugs to spread requests over, read once before the load starts. */
async function samplePaths(db: Database) {
  return db.read("benchSample", async (tx) => {
    const insights = await tx.run("MATCH (i:Insight) RETURN i.id AS id LIMIT 2000");
    const topics = await tx.run("MATCH (t:Topic) RETURN t.slug AS slug ORDER BY t.insightCount DESC LIMIT 300");
    return {
      insightIds: insights.records.map((r) => r.get("id") as string),
      slugs: topics.records.map((r) => r.get("slug") as string),
    };
  });
}

/** Every read endpoint under the same load, one after another, against the server as its own process. */
export async function benchHttp(
  neo4jUri: string,
  db: Database,
  load: { connections: number; seconds: number },
  log: (line: string) => void,
) {
  const { insightIds, slugs } = await samplePaths(db);
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const words = ["insight", "topic", "kalo", "mire", "bench", "open"];
  const paths: Record<EndpointName, () => string> = {
    health: () => "/api/health",
    related: () => `/api/insights/${pick(insightIds)}/related?limit=10`,
    topicGraph: () => "/api/graph/topics?limit=100",
    topic: () => `/api/topics/${pick(slugs)}`,
    search: () => `/api/search?q=${pick(words)}`,
  };
  const server = await startServer(neo4jUri);
  // The peak after each round, so the endpoint that raises the server's memory can be told.
  const peak = () => `server peak RSS so far ${Math.round(server.peakRssMb())} MB`;
  try {
    log(`started: ${peak()}`);
    const figures = {} as Record<EndpointName, EndpointFigures>;
    for (const name of Object.keys(paths) as EndpointName[]) {
      // One request first: figures are for the running server, not its first answer after an ingest.
      await fetch(`${server.baseUrl}${paths[name]()}`);
      const { errors, ...measured } = await loadEndpoint(server.baseUrl, paths[name], load);
      figures[name] = measured;
      log(`${name}: p50 ${measured.p50Ms} ms, p95 ${measured.p95Ms} ms, p99 ${measured.p99Ms} ms, ${Math.round(measured.rps)} req/s${errors ? `, ${errors} errors` : ""}; ${peak()}`);
    }
    return { figures, serverPeakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
  }
}
