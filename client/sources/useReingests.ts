import type { SourceReingest } from "@shared/api";
import type { SourceId } from "@shared/ids";
import { useEffect, useRef, useState } from "react";
import { reingestSource } from "../api/sources";
import { type EnrichmentStep, watchEnrichment } from "../ingest/enrichment";

/** A re-ingest's progress, kept by the page so a refreshed list does not forget it. */
export type Reingest =
  | { readonly status: "running" }
  | { readonly status: "done"; readonly result: SourceReingest; readonly step?: EnrichmentStep }
  | { readonly status: "failed"; readonly error: unknown };

/**
 * Re-ingests sources and follows each one's new insights through the queue: the counts come
 * first, "enriched" after. `onWritten` runs once the graph holds the new reading, to refresh the page.
 */
export function useReingests(onWritten: () => void) {
  const [reingests, setReingests] = useState<ReadonlyMap<SourceId, Reingest>>(new Map());
  const watches = useRef(new AbortController());
  useEffect(() => () => watches.current.abort(), []);
  const track = (id: SourceId, state: Reingest) => setReingests((all) => new Map(all).set(id, state));

  const reingest = (id: SourceId) => {
    track(id, { status: "running" });
    reingestSource(id).then(
      (result) => {
        track(id, { status: "done", result });
        onWritten();
        void watchEnrichment([id], (step) => track(id, { status: "done", result, step }), watches.current.signal);
      },
      (error: unknown) => track(id, { status: "failed", error }),
    );
  };
  return { reingests, reingest };
}
