import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import autocannon from "autocannon";

export interface HttpFigures {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly rps: number;
  readonly errors: number;
}

export interface ServerProcess {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  /** Peak resident memory of the server process so far (VmHWM), in MiB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (typeof address !== "object" || !address) throw new Error("no free port");
  return address.port;
}

/** The real server (`server/index.ts`) as its own process, so its memory is measured alone. */
export async function startServer(neo4jUri: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, NEO4J_URI: neo4jUri, SAMPLE_DATA: "0", PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((ready, fail) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.includes("serving http")) ready();
    });
    child.once("exit", (code) => fail(new Error(`server exited early (${code})`)));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100 && (await fetch(`${baseUrl}/api/health`)).status !== 200; attempt++) {
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return {
    baseUrl,
    child,
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
    },
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((done) => child.once("exit", done));
    },
  };
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
