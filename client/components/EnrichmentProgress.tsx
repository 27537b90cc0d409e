import { useEffect, useState } from "react";
import type { EnrichmentStatus } from "@shared/api/status";
import { fetchStatus } from "../api/calls";
import { enrichmentLine } from "./enrichmentLine";

/** How often the map asks whether new insights are still being enriched. */
const POLL_MS = 5_000;

/**
 * One line above the map while new insights wait for their related lists ("related lists for 3,200
 * new insights: about 20 s"); nothing once they are done or when the server cannot say.
 */
export function EnrichmentProgress() {
  const [status, setStatus] = useState<EnrichmentStatus | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      fetchStatus(controller.signal).then(
        ({ enrichment }) => {
          setStatus(enrichment);
          timer = setTimeout(poll, POLL_MS);
        },
        () => undefined,
      );
    };
    poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, []);
  const line = status ? enrichmentLine(status) : null;
  return line ? (
    <p className="status enrichment-progress" role="status" data-testid="enrichment-progress">
      {line}
    </p>
  ) : null;
}
