import type { AddressInfo } from "node:net";
import type { InsightId } from "@shared/ids";
import { createApp } from "../../server/app";
import type { Database } from "../../server/db";
import { createHeuristicExtractor } from "../../server/extract/heuristic";

/** Requests in flight at once: enough to keep the app busy, few enough not to time out on 2 cores. */
const IN_FLIGHT = 8;

/**
 * What the app serves for each insight (or topic), read over HTTP as a browser reads it: the evals
 * judge the product's real answers, not the functions behind them. `path` names the endpoint of one.
 */
export async function readServed<T, Id extends string = InsightId>(db: Database, ids: readonly Id[], path: (id: Id) => string, read: (id: Id, body: unknown) => T): Promise<Map<Id, T>> {
  const app = createApp({ waitForEnrichment: true, db, extractor: createHeuristicExtractor(), relatedK: 10, log: () => undefined });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const served = new Map<Id, T>();
  try {
    for (let start = 0; start < ids.length; start += IN_FLIGHT) {
      await Promise.all(
        ids.slice(start, start + IN_FLIGHT).map(async (id) => {
          const response = await fetch(`${base}${path(id)}`);
          if (!response.ok) throw new Error(`GET ${path(id)}: ${response.status}`);
          served.set(id, read(id, await response.json()));
        }),
      );
    }
  } finally {
    server.close();
  }
  return served;
}
