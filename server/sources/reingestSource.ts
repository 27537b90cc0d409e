import type { SourceReingest } from "@shared/api/sourceCatalog";
import type { SourceId } from "@shared/ids";
import { AppError } from "../errors";
import { NoInsightsError } from "../extract/noInsights";
import { type FetchLimits, fetchInput } from "../ingest/fetchInput";
import type { ParsedDocument } from "../ingest/formats";
import { type PipelineDeps, ingestDocument } from "../ingest/pipeline";
import { readInput } from "../ingest/readInputs";
import { readStoredDocument } from "../ingest/storedDocument";
import { type StoredSource, findStoredSource } from "../repositories/sourceDocuments";
import { forgetClaimsOfSource } from "./deleteSources";
import { documentSourceIds } from "./documentSourceIds";

const unreadable = (message: string) => new AppError(422, "unprocessable", message);

/**
 * Reads a source again with the current extractor and writes it through the ordinary ingest, so
 * unchanged claims are already present (their ids are their words) and new ones are queued for
 * enrichment; claims it no longer gives are taken off it, deleted when no other source holds them.
 * Null when the source does not exist. The caller keeps other ingests of the source out meanwhile.
 */
export async function reingestSource(deps: PipelineDeps, id: SourceId, fetchLimits: FetchLimits): Promise<SourceReingest | null> {
  const source = await deps.db.read("storedSource", (tx) => findStoredSource(tx, id));
  if (!source) return null;
  const { doc, readFrom } = await readAgain(source, fetchLimits);
  let result;
  try {
    result = await ingestDocument(deps, doc);
  } catch (error) {
    // Nothing written: a reading that finds no claim is more likely a broken page than a retraction.
    if (error instanceof NoInsightsError) throw unreadable(`Read again, “${source.title}” gave no insight (${error.reason}); its insights are kept.`);
    throw error;
  }
  const now = new Set(result.insights.map((insight) => insight.id));
  const gone = source.insightIds.filter((insightId) => !now.has(insightId));
  const deleted = await forgetClaimsOfSource(deps.db, id, gone, deps.options);
  return {
    source: { id, title: source.title },
    readFrom,
    insights: now.size,
    new: now.size - result.alreadyPresent,
    alreadyPresent: result.alreadyPresent,
    removed: gone.length,
    deleted,
  };
}

/** The source's document read again: fetched from where it was fetched, else its stored copy. */
async function readAgain(source: StoredSource, limits: FetchLimits): Promise<{ doc: ParsedDocument; readFrom: "url" | "stored" }> {
  // Who said it where stays as the graph knows it, whatever the page calls itself today.
  const meta = {
    title: source.title,
    kind: source.kind,
    ...(source.show && { show: source.show }),
    ...(source.url && { url: source.url }),
    ...(source.publishedAt && { publishedAt: source.publishedAt }),
  };
  const url = source.readFrom;
  if (url) {
    const fetch = (address: string) => fetchInput(address, limits);
    const input = await readInput({ origin: url, load: () => fetch(url) }, { ...(limits.maxBytes && { maxBytes: limits.maxBytes }), fetch });
    if (input.error !== undefined) throw unreadable(`Could not read “${source.title}” again: ${input.error}`);
    // A feed holds many sources: this one is the item that gives its id.
    const doc = input.documents.find((candidate) => documentSourceIds(candidate).includes(source.id));
    if (!doc) throw unreadable(`${url} no longer holds “${source.title}”; its insights are kept.`);
    return { doc: { ...doc, meta: { ...doc.meta, ...meta } }, readFrom: "url" };
  }
  const stored = source.document ? readStoredDocument(source.document) : null;
  if (!stored) throw unreadable(`“${source.title}” has no copy to read again: it came as ready-made insights, or was ingested before copies were kept. Upload it again instead.`);
  return { doc: { ...stored, meta }, readFrom: "stored" };
}
