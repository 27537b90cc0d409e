import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SourceMeta } from "@shared/api/sources";
import type { SourceId } from "@shared/ids";
import { z } from "zod";
import type { Database } from "../db";
import type { Extractor } from "../extract/types";
import { sourceIdOf } from "../ingest/ids";
import { type IngestOptions, ingestSource } from "../ingest/ingest";
import { countInsights } from "../repositories/graph";
import { addSampleVocabulary } from "../topics/applyVocabulary";

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), "corpus");
const Manifest = z.array(SourceMeta.extend({ file: z.string().regex(/^[\w-]+\.txt$/) }));

export interface SampleReport {
  readonly sources: number;
  readonly insights: number;
}

/** Loads the project's own sample corpus, but only into a graph with no insights yet. */
export async function loadSampleIfEmpty(
  db: Database,
  extractor: Extractor,
  options: IngestOptions,
  log: (line: string) => void,
): Promise<SampleReport | null> {
  if ((await db.read("countInsights", countInsights)) > 0) return null;
  return loadSample(db, extractor, options, log);
}

/** Ingests every source of the sample corpus, one transaction each (idempotent). */
export async function loadSample(
  db: Database,
  extractor: Extractor,
  options: IngestOptions,
  log: (line: string) => void,
): Promise<SampleReport> {
  const manifest = Manifest.parse(JSON.parse(await readFile(join(corpusDir, "sources.json"), "utf8")));
  // The sample is about AI strategy: its example vocabulary names the topics its sources share.
  await addSampleVocabulary(db);
  let insights = 0;
  for (const [index, entry] of manifest.entries()) {
    const { file, ...meta } = entry;
    const text = await readFile(join(corpusDir, file), "utf8");
    const result = await ingestSource(db, extractor, { ...meta, text }, options);
    insights += result.insights.length;
    log(`sample: ${index + 1}/${manifest.length} ${meta.title} (${result.insights.length} insights)`);
  }
  return { sources: manifest.length, insights };
}

/** The ids the sample's sources get when ingested: what "Remove the sample" deletes. */
export async function sampleSourceIds(): Promise<SourceId[]> {
  const manifest = Manifest.parse(JSON.parse(await readFile(join(corpusDir, "sources.json"), "utf8")));
  return Promise.all(manifest.map(async ({ file, ...meta }) => sourceIdOf({ ...meta, text: await readFile(join(corpusDir, file), "utf8") })));
}
