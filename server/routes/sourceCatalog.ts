import { safeHttpUrl } from "@shared/format";
import { DeleteInsight, DeleteSource, ListSources, RemoveSample, type SourceListing } from "@shared/api/sourceCatalog";
import { GetSource } from "@shared/api/sourcePage";
import type { SourceId } from "@shared/ids";
import { Router } from "express";
import type { Database } from "../db";
import { AppError, notFound } from "../errors";
import { route } from "../middleware/route";
import { findExistingSources, listSources, type SourceRecord } from "../repositories/sourceCatalog";
import { findSourcePage } from "../repositories/sourcePage";
import { storedFormat } from "../ingest/storedDocument";
import { sampleSourceIds } from "../sample/loadSample";
import { deleteInsight, deleteSources } from "../sources/deleteSources";
import type { IngestsInFlight } from "../sources/ingestsInFlight";
import type { IngestOptions } from "../ingest/ingest";

/** How long a deletion waits for an ingest of the same source before saying it still runs. */
const WAIT_FOR_INGEST_MS = 15_000;

/** The Sources page: what is in the graph, and taking it out again (a source, or one insight). */
export function sourceCatalogRouter(db: Database, inFlight: IngestsInFlight, ranking: Pick<IngestOptions, "relatedK" | "embeddings">): Router {
  const router = Router();
  const samples = sampleSourceIds();

  // What a reader sees of a stored source: whether an ingest is writing it now, and whether it is the sample.
  const listing = (source: SourceRecord, sample: ReadonlySet<SourceId>): SourceListing => ({
    ...source,
    status: inFlight.isIngesting(source.id) ? "ingesting" : source.insightCount > 0 ? "ingested" : "empty",
    sample: sample.has(source.id),
  });

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
    return { sources: sources.map((source) => listing(source, sample)), total, sampleSources: present.length };
  });

  route(router, GetSource, async ({ params }) => {
    const page = await db.read("findSourcePage", (tx) => findSourcePage(tx, params.id));
    if (!page) throw notFound(`Source ${params.id}`);
    const { source, documentHead, speakers, insights } = page;
    // The page links out to it: anything but http(s) (`javascript:`, `file:`) is never offered.
    const listed = listing({ ...source, url: safeHttpUrl(source.url) }, new Set(await samples));
    return { source: listed, format: storedFormat(documentHead), speakers, insights };
  });

  route(router, DeleteSource, async ({ params }) => {
    await waitForIngests([params.id]);
    const deletion = await deleteSources(db, [params.id], ranking);
    if (!deletion) throw notFound(`Source ${params.id}`);
    return deletion;
  });

  route(router, DeleteInsight, async ({ params }) => {
    const deletion = await deleteInsight(db, params.id, ranking);
    if (!deletion) throw notFound(`Insight ${params.id}`);
    return deletion;
  });

  route(router, RemoveSample, async () => {
    const ids = await samples;
    await waitForIngests(ids);
    return (await deleteSources(db, ids, ranking)) ?? { deleted: [], insights: 0, topics: 0, relatedRecomputed: 0 };
  });
  return router;
}
