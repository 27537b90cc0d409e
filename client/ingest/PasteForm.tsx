import { useState } from "react";
import type { FormEvent } from "react";
import { SingleSourceFormat } from "@shared/api";
import type { Response as ContractResponse } from "@shared/api";
import type { CreateSource } from "@shared/api";
import { ingestText } from "../api/calls";
import { InsightList } from "../components/InsightList";
import { Loading, Problem } from "../components/Status";
import { countOf } from "../components/format";

type Result = ContractResponse<typeof CreateSource>;
type State =
  | { readonly status: "idle" }
  | { readonly status: "sending" }
  | { readonly status: "done"; readonly result: Result }
  | { readonly status: "failed"; readonly error: unknown };

const formatNames: Record<string, string> = {
  text: "Plain text",
  markdown: "Markdown",
  html: "HTML",
  "insight-page": "Insight page",
  transcript: "Transcript",
  vtt: "WebVTT subtitles",
  srt: "SRT subtitles",
};

/** Paste a transcript or article; its insights come back as links. */
export function PasteForm() {
  const [state, setState] = useState<State>({ status: "idle" });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "").trim();
    const format = SingleSourceFormat.safeParse(field("format"));
    setState({ status: "sending" });
    ingestText({
      title: field("title"),
      text: field("text"),
      ...(field("url") && { url: field("url") }),
      ...(field("show") && { show: field("show") }),
      ...(format.success && { format: format.data }),
    }).then(
      (result) => setState({ status: "done", result }),
      (error: unknown) => setState({ status: "failed", error }),
    );
  };

  return (
    <section className="ingest-card" aria-labelledby="paste-heading">
      <h2 id="paste-heading">Paste text</h2>
      <form onSubmit={submit} className="ingest-form" data-testid="paste-form">
        <label htmlFor="paste-title">Title</label>
        <input id="paste-title" name="title" required maxLength={500} placeholder="Episode 12: Sovereign AI" />
        <label htmlFor="paste-text">Transcript, show notes or article</label>
        <textarea id="paste-text" name="text" required rows={10} data-testid="paste-text" />
        <div className="ingest-row">
          <span>
            <label htmlFor="paste-url">Link (optional)</label>
            <input id="paste-url" name="url" type="url" placeholder="https://…" />
          </span>
          <span>
            <label htmlFor="paste-show">Show (optional)</label>
            <input id="paste-show" name="show" maxLength={500} />
          </span>
          <span>
            <label htmlFor="paste-format">Format</label>
            <select id="paste-format" name="format" defaultValue="">
              <option value="">Detect</option>
              {SingleSourceFormat.options.map((format) => (
                <option key={format} value={format}>
                  {formatNames[format] ?? format}
                </option>
              ))}
            </select>
          </span>
        </div>
        <button type="submit" disabled={state.status === "sending"} data-testid="paste-submit">
          Extract insights
        </button>
      </form>
      <div aria-live="polite" data-testid="paste-result">
        {state.status === "sending" ? <Loading label="Reading the text and extracting its insights…" /> : null}
        {state.status === "failed" ? <Problem error={state.error} /> : null}
        {state.status === "done" ? (
          <>
            <p className="ingest-done">
              {countOf(state.result.insights.length, "insight")} from “{state.result.source.title}”
            </p>
            <InsightList insights={state.result.insights} empty="No claims stood out in this text. Longer, assertive passages work best." />
          </>
        ) : null}
      </div>
    </section>
  );
}
