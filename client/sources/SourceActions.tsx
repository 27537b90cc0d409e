import type { SourceListing } from "@shared/api";
import { type ReactNode, useState } from "react";
import { deleteSource } from "../api/sources";
import { Problem } from "../components/Status";
import { describeEnrichment } from "../ingest/enrichment";
import { confirmQuestion, describeDeletion, describeReingest } from "./deletion";
import type { Reingest } from "./useReingests";

export interface SourceActionsProps {
  readonly source: SourceListing;
  readonly reingest: Reingest | undefined;
  readonly onReingest: () => void;
  readonly onDeleted: (message: string) => void;
  readonly onFailed: (error: unknown) => void;
  /** Lays out the row the buttons sit in; what a re-ingest said and the question before deleting go under it. */
  readonly children: (buttons: ReactNode) => ReactNode;
}

/** Re-ingest and Delete for one source, as the Sources page and the source's own page offer them. */
export function SourceActions({ source, reingest, onReingest, onDeleted, onFailed, children }: SourceActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const remove = () => {
    setBusy(true);
    deleteSource(source.id).then(
      (deletion) => onDeleted(describeDeletion(`“${source.title}”`, deletion)),
      (error: unknown) => {
        setBusy(false);
        setConfirming(false);
        onFailed(error);
      },
    );
  };

  const buttons = (
    <span className="source-actions">
      {source.reingest ? (
        <button
          type="button"
          className="compact"
          onClick={onReingest}
          disabled={reingest?.status === "running" || source.status === "ingesting"}
          aria-label={`Re-ingest ${source.title}`}
          title={source.reingest === "url" ? "Fetch it again and read it with the current extractor" : "Read its stored copy again with the current extractor"}
        >
          {reingest?.status === "running" ? "Re-ingesting…" : "Re-ingest"}
        </button>
      ) : null}
      <button type="button" className="compact" onClick={() => setConfirming(true)} disabled={confirming || source.status === "ingesting"} aria-label={`Delete ${source.title}`}>
        Delete
      </button>
    </span>
  );

  return (
    <>
      {children(buttons)}
      <ReingestLine reingest={reingest} />
      {confirming ? (
        <div className="confirm" role="group" aria-label={`Confirm deleting ${source.title}`}>
          <p>{confirmQuestion(source.title, source.insightCount)}</p>
          <button type="button" className="danger" onClick={remove} disabled={busy} data-testid="confirm-delete">
            {busy ? "Deleting…" : "Delete source"}
          </button>
          <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
            Cancel
          </button>
        </div>
      ) : null}
    </>
  );
}

function ReingestLine({ reingest }: { reingest: Reingest | undefined }) {
  if (!reingest) return null;
  return (
    <div className="reingest" aria-live="polite" data-testid="reingest-result" data-status={reingest.status}>
      {reingest.status === "running" ? <p>Reading it again and writing what changed…</p> : null}
      {reingest.status === "failed" ? <Problem error={reingest.error} /> : null}
      {reingest.status === "done" ? (
        <p>
          {describeReingest(reingest.result)}
          {reingest.step ? <span data-testid="reingest-enrichment"> Its insights: {describeEnrichment(reingest.step)}</span> : null}
        </p>
      ) : null}
    </div>
  );
}
