import type { EnrichmentStatus } from "@shared/api/status";

/** "about 20 s", "about 3 min", or nothing when the rate is not known yet. */
function duration(seconds: number | null): string | null {
  if (seconds === null) return null;
  if (seconds < 90) return `about ${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} min`;
  return `about ${Math.round(seconds / 3600)} h`;
}

/** The explorer's one line on the enrichment queue, or null when nothing waits for a related list. */
export function enrichmentLine(status: Pick<EnrichmentStatus, "waitingForRelated" | "etaSeconds" | "parked" | "worker">): string | null {
  if (status.waitingForRelated === 0) return null;
  const count = status.waitingForRelated.toLocaleString("en");
  const noun = status.waitingForRelated === 1 ? "insight" : "insights";
  const time = duration(status.etaSeconds) ?? (status.worker ? "starting" : "waiting for a server to compute them");
  return `Related lists for ${count} new ${noun}: ${time}`;
}
