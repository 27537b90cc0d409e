import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { hasSourceExtension, readableFormats } from "@shared/api/sources";
import { fetchInput, type FetchLimits } from "../../server/ingest/fetchInput";
import { InputError } from "../../server/ingest/formats";
import type { InputTask } from "../../server/ingest/readInputs";


export interface ExpandedInputs {
  readonly tasks: InputTask[];
  /** Files in folders that are not sources (images, PDFs, dotfiles), with the reason. */
  readonly skipped: string[];
}

async function walk(folder: string, found: string[], skipped: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, found, skipped);
    else if (hasSourceExtension(entry.name)) found.push(path);
    else skipped.push(`${path}: not a source format (${readableFormats})`);
  }
}

const fileTask = (path: string, maxBytes: number): InputTask => ({
  origin: path,
  load: async () => {
    const size = (await stat(path)).size;
    // Checked before reading, so a 4 GB file is refused without loading it.
    if (size > maxBytes) throw new InputError(path, `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MB`);
    return { origin: path, bytes: await readFile(path) };
  },
});

/** Command-line arguments as inputs: URLs are fetched, folders walked, files read when their turn comes. */
export async function expandInputs(args: readonly string[], limits: Required<FetchLimits>): Promise<ExpandedInputs> {
  const tasks: InputTask[] = [];
  const skipped: string[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      tasks.push({ origin: arg, load: () => fetchInput(arg, limits) });
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (!info) {
      tasks.push({ origin: arg, load: async () => Promise.reject(new InputError(arg, "no such file or folder")) });
    } else if (info.isDirectory()) {
      const found: string[] = [];
      await walk(arg, found, skipped);
      tasks.push(...found.map((path) => fileTask(path, limits.maxBytes)));
    } else {
      tasks.push(fileTask(arg, limits.maxBytes));
    }
  }
  return { tasks, skipped };
}
