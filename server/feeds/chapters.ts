import { z } from "zod";
import { safeFetch, type SafeFetchOptions } from "../fetch/safeFetch";
import type { ChapterRow } from "../repositories/feeds";

/** The Podcasting 2.0 chapters file: each chapter's start (and maybe end) in seconds and its title. */
const ChaptersFile = z.object({
  chapters: z.array(z.object({ startTime: z.number().nonnegative(), endTime: z.number().nonnegative().optional(), title: z.string().min(1).max(300) }).loose()).max(1_000),
});

/** Chapters in order, each ending where the next begins when the file does not say. */
export function readChapters(text: string): ChapterRow[] {
  const sorted = [...ChaptersFile.parse(JSON.parse(text)).chapters].sort((a, b) => a.startTime - b.startTime);
  return sorted.map((chapter, i) => ({
    title: chapter.title.trim(),
    startSec: Math.floor(chapter.startTime),
    endSec: chapter.endTime !== undefined ? Math.ceil(chapter.endTime) : (sorted[i + 1] ? Math.floor(sorted[i + 1]!.startTime) : null),
  }));
}

/** An episode's chapters, or none with the reason when the file cannot be fetched or read. */
export async function fetchChapters(url: string, fetchOptions: SafeFetchOptions): Promise<{ chapters: ChapterRow[]; problem?: string }> {
  try {
    const answer = await safeFetch(url, { ...fetchOptions, maxBytes: 1024 * 1024, accept: "application/json+chapters, application/json" });
    return { chapters: readChapters(Buffer.from(answer.bytes).toString("utf8")) };
  } catch (error) {
    return { chapters: [], problem: `chapters ${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
