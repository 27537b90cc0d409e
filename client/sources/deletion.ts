import type { SourceDeletion, SourceReingest } from "@shared/api";
import { countOf } from "../components/format";

/** What the page says after a deletion, in the reader's words. */
export function describeDeletion(what: string, deletion: SourceDeletion): string {
  const parts = [countOf(deletion.insights, "insight")];
  if (deletion.topics > 0) parts.push(countOf(deletion.topics, "empty topic"));
  const recomputed = deletion.relatedRecomputed > 0 ? `; related lists of ${countOf(deletion.relatedRecomputed, "insight")} recomputed` : "";
  return `Deleted ${what} with ${parts.join(" and ")} only it held${recomputed}.`;
}

/** The question asked before deleting, so nobody deletes a source they meant to open. */
export function confirmQuestion(title: string, insightCount: number): string {
  return `Delete “${title}”? Of its ${countOf(insightCount, "insight")}, those no other source supports go with it.`;
}

/** What a re-ingest changed, one line: the counts the issue asks for, then where it read from. */
export function describeReingest(result: SourceReingest): string {
  const from = result.readFrom === "url" ? "fetched again from its URL" : "read again from its stored copy";
  const deleted = result.deleted > 0 ? ` (${result.deleted} no other source held, deleted)` : "";
  return `Re-ingested, ${from}: ${result.new} new · ${result.alreadyPresent} already present · ${result.removed} removed${deleted}.`;
}
