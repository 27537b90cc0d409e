import { DeleteInsight, DeleteSource, ListSources, RemoveSample } from "@shared/api/sourceCatalog";
import type { SourceId } from "@shared/ids";
import { Router } from "express";
import type { Database } from "../db";
import { AppError, notFound } from "../errors";
import { route } from "../middleware/route";
import { findExistingSources, listSources } from "../repositories/sourceCatalog";
import { sampleSourceIds } from "../sample/loadSample";
import { deleteInsight, deleteSources } from "../sources/deleteSources";
import type { IngestsInFlight } from "../sources/ingestsInFlight";

/** How long a deletion waits for an ingest of the same source before saying it still runs. */
const WAIT_FOR_INGEST_MS = 15_000;

/** The Sources page: what is in the graph, and taking it out again (a source, or one insight). */
export function sourceCatalogRouter(db: Database, inFlight: IngestsInFlight, relatedK: number): Router {
  const router = Router();
  const samples = sampleSourceIds();

  const waitForIngests = async (ids: readonly SourceId[]) => {
    for (const id of ids) {
      if (!(await inFlight.settled(id, WAIT_FOR_INGEST_MS))) {
        throw new AppError(409, "conflict", `Source ${id} is still being ingested; delete it once the ingest has finished.`);
      }
    }
  };

  route(router, ListSources, async ({ query }) => {
    const sampleIds = await samples;
    const sample = new Set(sampleIds);
    const { sources, total, present } = await db.read("listSources", async (tx) => ({
      ...(await listSources(tx, query)),
      present: await findExistingSources(tx, sampleIds),
    }));
    return {
      sources: sources.map((source) => ({
        ...source,
        status: inFlight.isIngesting(source.id) ? ("ingesting" as const) : source.insightCount > 0 ? ("ingested" as const) : ("empty" as const),
        sample: sample.has(source.id),
      })),
      total,
      sampleSources: present.length,
    };
  });

  route(router, DeleteSource, async ({ params }) => {
    await waitForIngests([params.id]);
    const deletion = await deleteSources(db, [params.id], relatedK);
    if (!deletion) throw notFound(`Source ${params.id}`);
    return deletion;
  });

  route(router, DeleteInsight, async ({ params }) => {
    const deletion = await deleteInsight(db, params.id, relatedK);
    if (!deletion) throw notFound(`Insight ${params.id}`);
    return deletion;
  });

  route(router, RemoveSample, async () => {
    const ids = await samples;
    await waitForIngests(ids);
    return (await deleteSources(db, ids, relatedK)) ?? { deleted: [], insights: 0, topics: 0, relatedRecomputed: 0 };
  });
  return router;
}
