import type { SourceSort } from "@shared/api";
import { useState } from "react";
import { Link } from "react-router";
import { fetchSources, removeSample } from "../api/sources";
import { ExternalLink } from "../components/ExternalLink";
import { countOf, safeHttpUrl } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { Empty, Problem } from "../components/Status";
import { useRemote } from "../components/useRemote";
import { describeDeletion } from "../sources/deletion";
import { sourceFacts } from "../sources/facts";
import { SourceActions, type SourceActionsProps } from "../sources/SourceActions";
import { useReingests } from "../sources/useReingests";

const sorts: readonly { value: SourceSort; label: string }[] = [
  { value: "ingested", label: "Last ingested" },
  { value: "published", label: "Last published" },
  { value: "title", label: "Title" },
  { value: "insights", label: "Most insights" },
];

type Outcome = { readonly kind: "done"; readonly message: string } | { readonly kind: "failed"; readonly error: unknown } | null;

/** `/sources`: everything ingested, searchable and sortable, each source removable with what only it held. */
export function SourcesPage() {
  const [q, setQ] = useState("");
  const [sort, setSort] = useState<SourceSort>("ingested");
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const remote = useRemote(`${version}|${sort}|${q.trim()}`, (signal) => fetchSources(q.trim(), sort, signal));
  const { reingests, reingest } = useReingests(() => setVersion((n) => n + 1));

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

function SourceRow({ source, ...actions }: Omit<SourceActionsProps, "children">) {
  const href = safeHttpUrl(source.url);
  return (
    <li data-testid="source-row">
      <SourceActions source={source} {...actions}>
        {(buttons) => (
          <div className="source-row">
            <div>
              <p className="source-title">
                <Link to={`/sources/${source.id}`}>{source.title}</Link>
                {href ? (
                  <>
                    {" "}
                    <span className="source-link">
                      (
                      <ExternalLink href={href}>
                        original<span className="visually-hidden"> of “{source.title}”</span>
                      </ExternalLink>
                      )
                    </span>
                  </>
                ) : null}
              </p>
              <p className="source-facts">
                {sourceFacts(source)}
              </p>
            </div>
            <span className="count" data-testid="source-insights">
              {countOf(source.insightCount, "insight")}
            </span>
            {buttons}
          </div>
        )}
      </SourceActions>
    </li>
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
