import { strToU8, type Zippable, zipSync } from "fflate";
import type { VaultNote } from "./vault";

/**
 * Notes as one zip file inside a folder named `folder`, deflated. The time stamp is fixed so the
 * same list gives the same bytes (zip stores local times; a fixed one avoids the time zone too).
 */
export function zipNotes(folder: string, notes: readonly VaultNote[]): Buffer {
  const mtime = new Date(2000, 0, 1);
  const files: Zippable = {};
  for (const note of notes) files[`${folder}/${note.path}`] = [strToU8(note.text), { mtime }];
  return Buffer.from(zipSync(files, { level: 6 }));
}
