import type { InsightId } from "@shared/ids";
import { useState } from "react";
import { Link } from "react-router";
import { deleteInsight } from "../api/sources";
import { countOf } from "../components/format";

/**
 * Takes a wrong or unwanted claim out of the graph, after asking; its source stays. Once done the
 * page says so in place, since the insight it shows no longer exists.
 */
export function DeleteInsightButton({ id }: { id: InsightId }) {
  const [stage, setStage] = useState<"idle" | "confirming" | "deleting">("idle");
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const remove = () => {
    setStage("deleting");
    deleteInsight(id).then(
      (deletion) => {
        const recomputed = deletion.relatedRecomputed > 0 ? ` Related lists of ${countOf(deletion.relatedRecomputed, "insight")} recomputed.` : "";
        setDone(`Insight deleted.${recomputed}`);
      },
      (error: unknown) => {
        setStage("idle");
        setFailed(error instanceof Error ? error.message : String(error));
      },
    );
  };

  if (done) {
    return (
      <p role="status" className="confirm" data-testid="insight-deleted">
        {done} <Link to="/">Back to the map</Link>
      </p>
    );
  }
  return (
    <>
      <button type="button" className="compact" onClick={() => setStage("confirming")} disabled={stage !== "idle"}>
        Delete insight
      </button>
      {stage !== "idle" ? (
        <div className="confirm" role="group" aria-label="Confirm deleting this insight">
          <p>Delete this insight from the graph? Its source stays; related lists that named it are recomputed.</p>
          <button type="button" className="danger" onClick={remove} disabled={stage === "deleting"} data-testid="confirm-delete-insight">
            {stage === "deleting" ? "Deleting…" : "Delete insight"}
          </button>
          <button type="button" onClick={() => setStage("idle")} disabled={stage === "deleting"}>
            Cancel
          </button>
        </div>
      ) : null}
      {failed ? <p role="alert">Could not delete: {failed}</p> : null}
    </>
  );
}
