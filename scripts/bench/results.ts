export type EndpointName = "related" | "topicGraph" | "topic" | "search" | "health";

export interface EndpointFigures {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly rps: number;
}

/** The shape of bench-results.json: every leaf a number. */
export interface BenchResults {
  readonly scale: { insights: number; topics: number };
  readonly ingest: { insightsPerSec: number; rawCreatePerSec: number; naivePerSec: number };
  /** Whole-graph enrichment by the queue's worker; `embedded` is 1 when it included the local model. */
  readonly enrichment: { insightsPerSec: number; embedded: number };
  /** fullSec: the queue drained over the whole graph; candidateRecall: share of the exhaustive top 10 among the candidates. */
  readonly related: { fullSec: number; incremental1kSec: number; candidateRecall: number };
  readonly http: Record<EndpointName, EndpointFigures>;
  readonly extraction: { wordsPerSec: number };
  readonly embedding?: { loadMs: number; modelRssMb: number; claimsPerSec: number; bareOnnxClaimsPerSec: number };
  readonly memory: { serverPeakRssMb: number };
  readonly client?: { topicMap500Ms?: number; pan2000Fps?: number };
}

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);

export function printTable(results: BenchResults): void {
  const rows: [string, string][] = [];
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === "number") rows.push([prefix, String(round(value))]);
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(prefix ? `${prefix}.${key}` : key, inner);
    }
  };
  walk("", results);
  const width = Math.max(...rows.map(([key]) => key.length));
  console.log(`\n${"figure".padEnd(width)}  value`);
  for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
  const ingest = results.ingest;
  console.log(
    `\ningest: ${round(ingest.insightsPerSec / ingest.rawCreatePerSec)}× the raw UNWIND CREATE rate, ${round(ingest.insightsPerSec / ingest.naivePerSec)}× the naive loop`,
  );
  for (const name of ["related", "topicGraph"] as const) {
    console.log(`${name}: p95 ${round(results.http[name].p95Ms / results.http.health.p95Ms)}× the health floor`);
  }
}
