import type { SourceListing, SourceReingest, SourceSort } from "@shared/api";
import type { SourceId } from "@shared/ids";
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { deleteSource, fetchSources, reingestSource, removeSample } from "../api/sources";
import { countOf, safeHttpUrl } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { Empty, Problem } from "../components/Status";
import { useRemote } from "../components/useRemote";
import { type EnrichmentStep, describeEnrichment, watchEnrichment } from "../ingest/enrichment";
import { confirmQuestion, describeDeletion, describeReingest } from "../sources/deletion";

const sorts: readonly { value: SourceSort; label: string }[] = [
  { value: "ingested", label: "Last ingested" },
  { value: "published", label: "Last published" },
  { value: "title", label: "Title" },
  { value: "insights", label: "Most insights" },
];

/** A re-ingest's progress, kept by the page so a refreshed list does not forget it. */
type Reingest =
  | { readonly status: "running" }
  | { readonly status: "done"; readonly result: SourceReingest; readonly step?: EnrichmentStep }
  | { readonly status: "failed"; readonly error: unknown };

type Outcome = { readonly kind: "done"; readonly message: string } | { readonly kind: "failed"; readonly error: unknown } | null;

/** `/sources`: everything ingested, searchable and sortable, each source removable with what only it held. */
export function SourcesPage() {
  const [q, setQ] = useState("");
  const [sort, setSort] = useState<SourceSort>("ingested");
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const remote = useRemote(`${version}|${sort}|${q.trim()}`, (signal) => fetchSources(q.trim(), sort, signal));
  const [reingests, setReingests] = useState<ReadonlyMap<SourceId, Reingest>>(new Map());
  const watches = useRef(new AbortController());
  useEffect(() => () => watches.current.abort(), []);
  const track = (id: SourceId, state: Reingest) => setReingests((all) => new Map(all).set(id, state));

  // Read again, then follow its new insights through the queue: the counts come first, "enriched" after.
  const reingest = (id: SourceId) => {
    track(id, { status: "running" });
    reingestSource(id).then(
      (result) => {
        track(id, { status: "done", result });
        setVersion((n) => n + 1);
        void watchEnrichment([id], (step) => track(id, { status: "done", result, step }), watches.current.signal);
      },
      (error: unknown) => track(id, { status: "failed", error }),
    );
  };

  const deleted = (message: string) => {
    setOutcome({ kind: "done", message });
    setVersion((n) => n + 1);
  };

  return (
    <article className="page sources-page">
      <title>Sources · Insight graph</title>
      <p className="eyebrow">Library</p>
      <h1>Sources</h1>
      <div className="sources-tools">
        <span>
          <label htmlFor="source-filter">Search titles and shows</label>
          <input id="source-filter" type="search" value={q} onChange={(event) => setQ(event.target.value)} data-testid="source-filter" />
        </span>
        <span>
          <label htmlFor="source-sort">Sort by</label>
          <select id="source-sort" value={sort} onChange={(event) => setSort(event.target.value as SourceSort)}>
            {sorts.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </span>
      </div>
      <div aria-live="polite" data-testid="source-outcome">
        {outcome?.kind === "done" ? <p className="outcome">{outcome.message}</p> : null}
        {outcome?.kind === "failed" ? <Problem error={outcome.error} /> : null}
      </div>
      <RemoteContent remote={remote} loading="Loading the sources…">
        {(answer) => (
          <>
            {answer.sampleSources > 0 ? <RemoveSample count={answer.sampleSources} onDone={deleted} onFailed={(error) => setOutcome({ kind: "failed", error })} /> : null}
            <p className="meta">
              {answer.sources.length < answer.total ? `Showing ${answer.sources.length} of ${answer.total} sources` : countOf(answer.total, "source")}
            </p>
            {answer.sources.length === 0 ? (
              <Empty>{q.trim() ? `No source title or show contains “${q.trim()}”.` : "Nothing is ingested yet."} <Link to="/ingest">Ingest sources</Link></Empty>
            ) : (
              <ul className="source-list" data-testid="source-list">
                {answer.sources.map((source) => (
                  <SourceRow
                    key={source.id}
                    source={source}
                    reingest={reingests.get(source.id)}
                    onReingest={() => reingest(source.id)}
                    onDeleted={deleted}
                    onFailed={(error) => setOutcome({ kind: "failed", error })}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </RemoteContent>
    </article>
  );
}

interface RowProps {
  readonly source: SourceListing;
  readonly reingest: Reingest | undefined;
  readonly onReingest: () => void;
  readonly onDeleted: (message: string) => void;
  readonly onFailed: (error: unknown) => void;
}

function SourceRow({ source, reingest, onReingest, onDeleted, onFailed }: RowProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const href = source.url ? safeHttpUrl(source.url) : null;
  const date = (source.publishedAt ?? source.ingestedAt ?? "").slice(0, 10);

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

  return (
    <li data-testid="source-row">
      <div className="source-row">
        <div>
          <p className="source-title">{href ? <a href={href}>{source.title}</a> : source.title}</p>
          <p className="source-facts">
            {[source.show, source.kind.replace("-", " "), date, source.status === "ingested" ? null : source.status, source.sample ? "sample" : null]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        <span className="count" data-testid="source-insights">
          {countOf(source.insightCount, "insight")}
        </span>
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
      </div>
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
    </li>
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

function RemoveSample({ count, onDone, onFailed }: { count: number; onDone: (message: string) => void; onFailed: (error: unknown) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const remove = () => {
    setBusy(true);
    removeSample().then(
      (deletion) => onDone(describeDeletion("the sample", deletion)),
      (error: unknown) => {
        setBusy(false);
        onFailed(error);
      },
    );
  };
  return (
    <div className="sample-note">
      <p>
        {countOf(count, "source")} here {count === 1 ? "is" : "are"} the project’s sample, loaded into the empty graph to show how things work.
      </p>
      {confirming ? (
        <>
          <button type="button" className="danger" onClick={remove} disabled={busy} data-testid="confirm-remove-sample">
            {busy ? "Removing…" : `Remove ${countOf(count, "sample source")}`}
          </button>{" "}
          <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} data-testid="remove-sample">
          Remove the sample
        </button>
      )}
    </div>
  );
}
