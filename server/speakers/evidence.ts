import type { InsightEvidence } from "@shared/api/speakers";
import { countOf } from "@shared/format";
import type { EvidenceRow } from "../repositories/speakers";

/** "said in 4 sources across 3 shows, by 3 speakers · 1 contradicting": what a researcher reads first. */
export function describeEvidence(row: EvidenceRow): InsightEvidence {
  const parts = [`said in ${countOf(row.sources, "source")}`];
  if (row.shows > 0) parts.push(`across ${countOf(row.shows, "show")}`);
  const said = parts.join(" ");
  const speakers = row.speakers.length > 0 ? `, by ${countOf(row.speakers.length, "speaker")}` : "";
  const stances = [row.supporting > 0 ? `${row.supporting} supporting` : "", row.contradicting > 0 ? `${row.contradicting} contradicting` : ""].filter(Boolean);
  return { ...row, summary: [said + speakers, ...stances].join(" · ") };
}
