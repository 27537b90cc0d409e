import { useEffect, useRef, useState } from "react";
import type { DragEvent } from "react";
import { Link } from "react-router";
import { countOf } from "../components/format";
import { InsightList } from "../components/InsightList";
import { Problem } from "../components/Status";
import { maxUploadInsightsListed } from "@shared/api";
import { sourceFileExtensions } from "@shared/api/sources";
import { describeProblem } from "../components/describeProblem";
import { type EnrichmentStep, describeEnrichment, watchEnrichment } from "./enrichment";
import { advance, describeStage, type FileProgress, type FileStage, mergeAnswers, overallShare, startFiles } from "./fileProgress";
import type { UploadAnswer } from "./upload";
import { uploadSources } from "./upload";

type State =
  | { readonly status: "idle" }
  | { readonly status: "uploading"; readonly files: readonly FileProgress[] }
  | { readonly status: "done"; readonly answer: UploadAnswer; readonly files: readonly FileProgress[] }
  | { readonly status: "failed"; readonly error: unknown };

const accepted = sourceFileExtensions.map((extension) => `.${extension}`).join(",");

/** Drop (or choose) transcripts, subtitles, articles or feeds; see each file's outcome. */
export function DropFiles() {
  const [state, setState] = useState<State>({ status: "idle" });
  const [over, setOver] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  // Each file's last step through the enrichment queue, by name: written is not yet explorable.
  const [enriched, setEnriched] = useState<ReadonlyMap<string, EnrichmentStep>>(new Map());
  const watches = useRef(new AbortController());
  useEffect(() => () => watches.current.abort(), []);
  const watch = (name: string, answer: UploadAnswer) => {
    const ids = answer.files.flatMap((outcome) => outcome.sources.map((source) => source.id));
    void watchEnrichment(ids, (step) => setEnriched((steps) => new Map(steps).set(name, step)), watches.current.signal);
  };

  // One file at a time, so each shows where it is, and one bad file does not hold up the rest.
  const send = async (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    let progress = startFiles(files.map((file) => file.name));
    setEnriched(new Map());
    const step = (index: number, stage: FileStage) => {
      progress = advance(progress, index, stage);
      setState({ status: "uploading", files: progress });
    };
    setState({ status: "uploading", files: progress });
    const answers: UploadAnswer[] = [];
    for (const [index, file] of files.entries()) {
      step(index, { stage: "sending", share: 0 });
      try {
        const answer = await uploadSources([file], (share) => step(index, share >= 1 ? { stage: "extracting" } : { stage: "sending", share }));
        answers.push(answer);
        if (answer.summary.sources > 0) watch(file.name, answer);
        const outcomes = answer.files;
        step(index, {
          stage: "done",
          insights: answer.summary.insights,
          sources: answer.summary.sources,
          problems: outcomes.reduce((sum, outcome) => sum + outcome.problems.length, 0),
        });
      } catch (error) {
        if (files.length === 1) return setState({ status: "failed", error });
        step(index, { stage: "failed", message: describeProblem(error).title });
      }
    }
    setState({ status: "done", answer: mergeAnswers(answers, maxUploadInsightsListed), files: progress });
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void send(event.dataTransfer.files);
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
        <p>Transcripts, subtitles (VTT, SRT), Markdown, HTML articles, PDFs with a text layer, RSS or Atom feeds, JSON insights.</p>
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
          onChange={(event) => void send(event.target.files)}
          data-testid="ingest-files"
        />
        <p className="hint">…or drop them here. Up to 20 files at once.</p>
      </div>
      <div aria-live="polite" data-testid="upload-result">
        {state.status === "uploading" ? <Progress files={state.files} enriched={enriched} /> : null}
        {state.status === "failed" ? <Problem error={state.error} /> : null}
        {state.status === "done" ? <Outcomes answer={state.answer} enriched={enriched} /> : null}
      </div>
    </section>
  );
}

type Enriched = ReadonlyMap<string, EnrichmentStep>;

/** The last step of a file's line: its insights through the enrichment queue, once written. */
function EnrichmentNote({ step }: { step: EnrichmentStep | undefined }) {
  return step ? (
    <span className="file-enrichment" data-testid="file-enrichment" data-done={step.done}>
      {" "}
      · {describeEnrichment(step)}
    </span>
  ) : null;
}

function Progress({ files, enriched }: { files: readonly FileProgress[]; enriched: Enriched }) {
  const finished = files.filter((file) => file.progress.stage === "done" || file.progress.stage === "failed").length;
  return (
    <div className="upload-progress" data-testid="upload-progress">
      <label htmlFor="upload-progress">
        {finished} of {countOf(files.length, "file")} read
      </label>
      <progress id="upload-progress" max={1} value={overallShare(files)} />
      <ol className="file-progress">
        {files.map((file, index) => (
          <li key={`${index}-${file.name}`} data-stage={file.progress.stage} data-testid="file-progress">
            <strong>{file.name}</strong> — {describeStage(file.progress)}
            <EnrichmentNote step={enriched.get(file.name)} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function Outcomes({ answer, enriched }: { answer: UploadAnswer; enriched: Enriched }) {
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
            {/* Each file folds to one line of counts; its sources and problems open on request. */}
            <details data-testid="upload-outcome">
              <summary>
                <strong>{file.file}</strong> —{" "}
                {file.status === "ingested" ? `read as ${file.format ?? "text"}` : file.format ? `read as ${file.format}, but gave no insight` : "could not be read"}:{" "}
                {countOf(file.sources.reduce((sum, source) => sum + source.insights, 0), "insight")} from {countOf(file.sources.length, "source")}
                {file.problems.length > 0 ? `, ${countOf(file.problems.length, "problem")}` : ""}
                <EnrichmentNote step={file.status === "ingested" ? enriched.get(file.file) : undefined} />
              </summary>
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
            </details>
          </li>
        ))}
      </ul>
      {answer.insights && answer.insights.length > 0 ? (
        <details data-testid="uploaded-insights">
          <summary>
            {answer.insights.length < summary.insights
              ? `The first ${answer.insights.length} of ${countOf(summary.insights, "insight")}`
              : `The ${countOf(answer.insights.length, "insight")}`}
          </summary>
          <InsightList insights={answer.insights} />
        </details>
      ) : null}
    </>
  );
}
