import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { z } from "zod";
import { BackupCounts, BackupHeader, NodeRecord, RelationshipRecord, layout } from "./format";

export type BackupEntry =
  | { readonly kind: "header"; readonly header: BackupHeader }
  | { readonly kind: "node"; readonly node: NodeRecord }
  | { readonly kind: "relationship"; readonly relationship: RelationshipRecord }
  | { readonly kind: "counts"; readonly counts: BackupCounts };

/** The file is not a complete backup written by `npm run backup`; nothing was written. */
export class BackupFileError extends Error {}

type Section = "start" | "afterHeader" | "nodes" | "betweenSections" | "relationships" | "afterRelationships" | "end";

/** Reads a backup line by line (see `format.ts`), validating every record with zod as it goes. */
export async function* readBackup(file: string): AsyncGenerator<BackupEntry> {
  let section: Section = "start";
  let lineNumber = 0;
  const fail = (message: string): never => {
    throw new BackupFileError(`${file}, line ${lineNumber}: ${message}`);
  };
  const parse = <T>(schema: z.ZodType<T>, text: string, what: string): T => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return fail(`${what} is not valid JSON`);
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    return fail(`${what} is invalid: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  };
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber += 1;
    if (section === "start") {
      if (!line.startsWith(layout.headerPrefix) || !line.endsWith(",")) fail("not a backup written by `npm run backup` (no header)");
      yield { kind: "header", header: parse(BackupHeader, line.slice(layout.headerPrefix.length, -1), "the header") };
      section = "afterHeader";
    } else if (section === "afterHeader") {
      if (line !== layout.nodesOpen) fail(`expected ${layout.nodesOpen}`);
      section = "nodes";
    } else if (section === "nodes" || section === "relationships") {
      if (line === layout.close) {
        section = section === "nodes" ? "betweenSections" : "afterRelationships";
        continue;
      }
      const text = line.startsWith(",") ? line.slice(1) : line;
      if (section === "nodes") yield { kind: "node", node: parse(NodeRecord, text, "a node") };
      else yield { kind: "relationship", relationship: parse(RelationshipRecord, text, "a relationship") };
    } else if (section === "betweenSections") {
      if (line !== layout.relationshipsOpen) fail(`expected ${layout.relationshipsOpen}`);
      section = "relationships";
    } else if (section === "afterRelationships") {
      if (!line.startsWith(layout.countsPrefix) || !line.endsWith("}")) fail("expected the counts");
      yield { kind: "counts", counts: parse(BackupCounts, line.slice(layout.countsPrefix.length, -1), "the counts") };
      section = "end";
    } else if (line.trim() !== "") {
      fail("unexpected text after the counts");
    }
  }
  if (section !== "end") fail("the file ends early: the backup was cut short");
}
