import autocannon from "autocannon";
import { type AppProcess, startAppProcess } from "../../server/testing/appProcess";

export interface HttpFigures {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly rps: number;
  readonly errors: number;
}

/**
 * The real server (`server/index.ts`) as its own process, so its memory is measured alone; its
 * stderr shows through. Resolves once /api/health answers 200, so the first round does not time
 * its start.
 */
export async function startServer(neo4jUri: string): Promise<AppProcess> {
  const server = await startAppProcess("bench server", { env: { NEO4J_URI: neo4jUri }, stderr: "inherit" });
  for (let attempt = 0; attempt < 100 && (await fetch(`${server.baseUrl}/api/health`)).status !== 200; attempt++) {
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return server;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Loads one endpoint with autocannon for a fixed time and computes percentiles from every
 * response's own latency (autocannon's summary has no p95).
 */
export async function loadEndpoint(
  baseUrl: string,
  nextPath: () => string,
  options: { connections: number; seconds: number },
): Promise<HttpFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration: options.seconds,
        // As a browser asks: cached pages are then sent compressed.
        headers: { "accept-encoding": "gzip" },
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: nextPath() }) }],
      },
      (error, finished) => (error ? fail(error) : done(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 400) errors++;
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    rps: latencies.length / options.seconds,
    errors: errors + result.errors + result.timeouts,
  };
}
