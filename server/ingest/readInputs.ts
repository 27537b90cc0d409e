import type { SourceFormat } from "@shared/api/sources";
import type { Turn } from "../extract/types";
import { InputError, type ParsedDocument, type ParseOptions, type RawInput, parseInput, readDocuments } from "./formats";

/** One input of a batch: a file, an upload or a URL, read when its turn comes. */
export interface InputTask {
  readonly origin: string;
  load(): Promise<RawInput>;
}

/** An input read and parsed, or the reason it could not be. */
export interface LoadedInput {
  readonly origin: string;
  readonly format: SourceFormat | null;
  readonly documents: readonly ParsedDocument[];
  /** Items left out (invalid JSONL lines, unreachable transcripts), each with its reason. */
  readonly skipped: readonly string[];
  readonly error?: string;
}

export interface ReadOptions extends ParseOptions {
  /** Fetches a transcript a feed links to; absent, links are reported and left alone. */
  readonly fetch?: (url: string) => Promise<RawInput>;
}

const describe = (error: unknown) => (error instanceof InputError ? error.problem : error instanceof Error ? error.message : String(error));

/** A feed item's show notes followed by its linked transcript, as one source. */
async function withTranscript(doc: ParsedDocument, options: ReadOptions, skipped: string[]): Promise<ParsedDocument> {
  const url = doc.transcriptUrl;
  if (!url || doc.body.type !== "text") return doc;
  if (!options.fetch) {
    skipped.push(`${doc.meta.title}: transcript ${url} not fetched here (use the CLI to follow transcript links)`);
    return doc;
  }
  try {
    const [transcript] = parseInput(await options.fetch(url), { maxBytes: options.maxBytes });
    if (transcript?.body.type !== "text") return doc;
    const notes: Turn[] = doc.body.text.split(/\n{2,}/).filter(Boolean).map((text) => ({ text }));
    const turns = [...notes, ...(transcript.body.turns ?? [{ text: transcript.body.text }])];
    return { ...doc, body: { type: "text", text: turns.map((t) => t.text).join("\n\n"), turns } };
  } catch (error) {
    skipped.push(`${doc.meta.title}: transcript ${url}: ${describe(error)}; show notes ingested alone`);
    return doc;
  }
}

/** Reads and parses one input; a problem with it is its outcome, never an exception. */
export async function readInput(task: InputTask, options: ReadOptions = {}): Promise<LoadedInput> {
  try {
    const raw = await task.load();
    const parsed = await readDocuments(raw, options);
    const skipped = parsed.flatMap((doc) => doc.skipped ?? []);
    const documents: ParsedDocument[] = [];
    const fetched = raw.url ? { readFrom: raw.url } : {};
    for (const doc of parsed) documents.push({ ...(await withTranscript(doc, options, skipped)), ...fetched });
    return { origin: task.origin, format: parsed[0]?.format ?? null, documents, skipped };
  } catch (error) {
    return { origin: task.origin, format: null, documents: [], skipped: [], error: describe(error) };
  }
}
