import { ReingestSource } from "@shared/api/sourceCatalog";
import { CreateSource, maxUploadInsightsListed, UploadSources } from "@shared/api/sources";
import { Router } from "express";
import multer from "multer";
import type { Database } from "../db";
import { AppError, badRequest, notFound } from "../errors";
import { NoInsightsError } from "../extract/noInsights";
import type { Extractor } from "../extract/types";
import type { FetchLimits } from "../ingest/fetchInput";
import { DEFAULT_MAX_BYTES, InputError, detectFormat, parseFormat } from "../ingest/formats";
import type { IngestOptions } from "../ingest/ingest";
import { ingestDocument, ingestLoaded } from "../ingest/pipeline";
import { type LoadedInput, readInput } from "../ingest/readInputs";
import { route } from "../middleware/route";
import { findInsightsFromSources } from "../repositories/sourceInsights";
import { documentSourceIds } from "../sources/documentSourceIds";
import type { IngestsInFlight } from "../sources/ingestsInFlight";
import { reingestSource } from "../sources/reingestSource";
import { uploadTask } from "./uploadTask";

export interface SourcesOptions extends IngestOptions {
  /** Largest uploaded file, in bytes. */
  readonly maxFileBytes?: number;
  /** Marks the sources being written, so a deletion of one waits for its ingest. */
  readonly inFlight?: IngestsInFlight;
  /** How a re-ingest fetches a source's URL again (the feeds' rules: FEEDS_ALLOW_PRIVATE). */
  readonly fetchLimits?: FetchLimits;
}

const noFileMessage = (files: readonly { file: string; problems: readonly string[] }[]): string =>
  `No file gave an insight: ${files.map((f) => `${f.file} (${f.problems[0] ?? "nothing found"})`).join("; ")}`.slice(0, 2000);

/** Files one upload may carry. */
const MAX_FILES = 20;

export function sourcesRouter(db: Database, extractor: Extractor, options: SourcesOptions): Router {
  const router = Router();
  const deps = { db, extractor, options };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_BYTES;

  /** The request's own choice (`?wait=`), else the app's. */
  const depsFor = (wait: boolean | undefined) => ({ ...deps, options: { ...options, waitForEnrichment: wait ?? options.waitForEnrichment ?? false } });

  route(router, CreateSource, async ({ body, query }) => {
    const { text, format, ...meta } = body;
    let doc;
    try {
      [doc] = parseFormat(meta.title, text, format ?? detectFormat("", text), meta);
    } catch (error) {
      if (error instanceof InputError) throw badRequest(`body.text: ${error.problem}`);
      throw error;
    }
    if (!doc) throw badRequest("body.text: no source found in the text");
    const ingest = () => ingestDocument(depsFor(query.wait), doc);
    let result;
    try {
      result = await (options.inFlight?.track(documentSourceIds(doc), ingest) ?? ingest());
    } catch (error) {
      if (error instanceof NoInsightsError) throw new AppError(422, "unprocessable", `body.text: ${error.reason}`);
      throw error;
    }
    const { sources, insights, alreadyPresent } = result;
    const source = sources[0];
    if (!source) throw badRequest("body.text: no source found in the text");
    return { source: { id: source.id, title: source.title }, insights: [...insights], alreadyPresent };
  });

  // Multer keeps the files in memory (each capped), then the contract checks the text fields.
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: MAX_FILES, fields: 10, fieldSize: 4096 } });
  router.post(UploadSources.path, upload.array("files", MAX_FILES));
  route(router, UploadSources, async ({ body, query }, req) => {
    const files = Array.isArray(req.files) ? req.files : [];
    if (files.length === 0) throw badRequest("Attach one or more files in the multipart field `files`.");
    const meta = { ...(body.kind && { kind: body.kind }), ...(body.show && { show: body.show }) };
    const loaded: LoadedInput[] = [];
    for (const file of files) loaded.push(await readInput(uploadTask(file), { ...(body.format && { format: body.format }), meta, maxBytes }));
    const ingest = () => ingestLoaded(depsFor(query.wait), loaded);
    const ids = loaded.flatMap((input) => input.documents.flatMap(documentSourceIds));
    const report = await (options.inFlight?.track(ids, ingest) ?? ingest());
    // Nothing read from any file is not a success: 422 with every file's reason, in the answer's shape.
    if (report.files.every((file) => file.status === "failed")) {
      throw new AppError(422, "unprocessable", noFileMessage(report.files), { files: report.files, summary: report.summary });
    }
    const sourceIds = report.files.flatMap((file) => file.sources.map((source) => source.id));
    const insights = await db.read("uploadedInsights", (tx) => findInsightsFromSources(tx, sourceIds, maxUploadInsightsListed));
    return { ...report, insights };
  });

  route(router, ReingestSource, async ({ params, query }) => {
    // Checked and marked in the same turn of the event loop, so two re-ingests cannot both start.
    if (options.inFlight?.isIngesting(params.id)) {
      throw new AppError(409, "conflict", `Source ${params.id} is being ingested now; re-ingest it once that has finished.`);
    }
    const reingest = () => reingestSource(depsFor(query.wait), params.id, { ...options.fetchLimits, maxBytes });
    const result = await (options.inFlight?.track([params.id], reingest) ?? reingest());
    if (!result) throw notFound(`Source ${params.id}`);
    return result;
  });
  return router;
}
