import { useRef, useState } from "react";
import type { DragEvent } from "react";
import { Link } from "react-router";
import { countOf } from "../components/format";
import { InsightList } from "../components/InsightList";
import { Problem } from "../components/Status";
import type { UploadAnswer } from "./upload";
import { uploadSources } from "./upload";

type State =
  | { readonly status: "idle" }
  | { readonly status: "uploading"; readonly share: number; readonly names: readonly string[] }
  | { readonly status: "done"; readonly answer: UploadAnswer }
  | { readonly status: "failed"; readonly error: unknown };

const accepted = ".txt,.md,.markdown,.html,.htm,.vtt,.srt,.json,.jsonl,.xml,.rss,.atom";

/** Drop (or choose) transcripts, subtitles, articles or feeds; see each file's outcome. */
export function DropFiles() {
  const [state, setState] = useState<State>({ status: "idle" });
  const [over, setOver] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const send = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    setState({ status: "uploading", share: 0, names: files.map((file) => file.name) });
    uploadSources(files, (share) => setState((current) => (current.status === "uploading" ? { ...current, share } : current))).then(
      (answer) => setState({ status: "done", answer }),
      (error: unknown) => setState({ status: "failed", error }),
    );
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    send(event.dataTransfer.files);
  };

  return (
    <section className="ingest-card" aria-labelledby="drop-heading">
      <h2 id="drop-heading">Drop files</h2>
      <div
        className={over ? "drop-zone over" : "drop-zone"}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <p>Transcripts, subtitles (VTT, SRT), Markdown, HTML articles, RSS or Atom feeds, JSON insights.</p>
        <label htmlFor="ingest-files" className="button-like">
          Choose files
        </label>
        <input
          ref={picker}
          id="ingest-files"
          className="visually-hidden"
          type="file"
          multiple
          accept={accepted}
          onChange={(event) => send(event.target.files)}
          data-testid="ingest-files"
        />
        <p className="hint">…or drop them here. Up to 20 files at once.</p>
      </div>
      <div aria-live="polite" data-testid="upload-result">
        {state.status === "uploading" ? <Progress share={state.share} names={state.names} /> : null}
        {state.status === "failed" ? <Problem error={state.error} /> : null}
        {state.status === "done" ? <Outcomes answer={state.answer} /> : null}
      </div>
    </section>
  );
}

function Progress({ share, names }: { share: number; names: readonly string[] }) {
  const sent = share >= 1;
  return (
    <div className="upload-progress">
      <label htmlFor="upload-progress">
        {sent ? `Extracting insights from ${countOf(names.length, "file")}…` : `Sending ${countOf(names.length, "file")}…`}
      </label>
      {/* Once sent, the server's extraction has no measurable progress: an indeterminate bar. */}
      <progress id="upload-progress" max={1} value={sent ? undefined : share} />
    </div>
  );
}

function Outcomes({ answer }: { answer: UploadAnswer }) {
  const { summary } = answer;
  return (
    <>
      <p className="ingest-done">
        {countOf(summary.insights, "insight")} from {countOf(summary.sources, "source")}
        {summary.failed > 0 ? `; ${countOf(summary.failed, "file")} failed` : ""}
        {summary.alreadyPresent ? ` (${summary.alreadyPresent === summary.insights ? "all" : summary.alreadyPresent} already present)` : ""}
        {summary.skipped > 0 ? `; ${summary.skipped} skipped` : ""}. <Link to="/">See them on the topic map</Link>
      </p>
      <ul className="outcomes" data-testid="upload-outcomes">
        {answer.files.map((file) => (
          <li key={file.file} className={file.status}>
            <strong>{file.file}</strong> — {file.status === "ingested"
              ? `read as ${file.format ?? "text"}`
              : file.format
                ? `read as ${file.format}, but gave no insight`
                : "could not be read"}
            {file.sources.length > 0 ? (
              <ul>
                {file.sources.map((source) => (
                  <li key={source.id}>
                    {source.title}: {countOf(source.insights, "insight")}
                    {source.alreadyPresent ? `, ${source.alreadyPresent === source.insights ? "all" : source.alreadyPresent} already present` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
            {file.problems.length > 0 ? (
              <ul className="problems">
                {file.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {answer.insights && answer.insights.length > 0 ? (
        <section aria-labelledby="uploaded-insights-heading" data-testid="uploaded-insights">
          <h3 id="uploaded-insights-heading">
            {answer.insights.length < summary.insights
              ? `The first ${answer.insights.length} of ${countOf(summary.insights, "insight")}`
              : "The insights"}
          </h3>
          <InsightList insights={answer.insights} />
        </section>
      ) : null}
    </>
  );
}
