import { useState } from "react";
import { Link } from "react-router";
import type { ExportFormat } from "@shared/api/readingLists";
import { isApiError } from "../api/ApiError";
import { Problem } from "../components/Status";
import { exportReadingList, listFormats } from "./exportList";
import type { ReadingList } from "./list";
import { rememberSaved } from "./list";
import { NameField } from "./NameField";
import { nameProblem } from "./savedLists";
import { updateReadingList } from "./store";

type ExportState =
  | { readonly status: "idle" }
  | { readonly status: "exporting" }
  | { readonly status: "done"; readonly format: ExportFormat }
  | { readonly status: "unavailable" }
  | { readonly status: "failed"; readonly error: unknown };

interface ExportControlsProps {
  readonly list: ReadingList;
  readonly format: ExportFormat;
  readonly onFormat: (format: ExportFormat) => void;
}

/** Format picker and export button; says when the server has no reading-list endpoints. */
export function ExportControls({ list, format, onFormat }: ExportControlsProps) {
  const [state, setState] = useState<ExportState>({ status: "idle" });
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const run = async () => {
    setState({ status: "exporting" });
    setProblem(null);
    try {
      const savedId = await exportReadingList(list, format, name);
      updateReadingList((current) => rememberSaved(current, savedId));
      setState({ status: "done", format });
    } catch (error) {
      // The API answers an unknown path with "No endpoint …": this server has no saved lists.
      const said = nameProblem(error);
      if (isApiError(error) && error.code === "not_found" && error.message.startsWith("No endpoint")) setState({ status: "unavailable" });
      else if (said) {
        setProblem(said);
        setState({ status: "idle" });
      } else setState({ status: "failed", error });
    }
  };

  return (
    <div className="export-controls">
      <NameField label="Save and export as (a name)" value={name} onChange={setName} problem={problem} testId="export-name" />
      <label htmlFor="export-format">Export as</label>
      <select id="export-format" value={format} onChange={(event) => onFormat(event.target.value as ExportFormat)} data-testid="export-format">
        {listFormats.map((option) => (
          <option key={option.format} value={option.format}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void run()} disabled={state.status === "exporting"} data-testid="export-list">
        {state.status === "exporting" ? "Exporting…" : "Export"}
      </button>
      <div aria-live="polite">
        {state.status === "done" ? (
          <p className="hint">
            Downloaded as {listFormats.find((f) => f.format === state.format)?.label}.{" "}
            {list.savedId ? <Link to={`/reading-lists/${list.savedId}`}>Open it as a saved list</Link> : null}
          </p>
        ) : null}
        {state.status === "unavailable" ? (
          <p className="hint" data-testid="export-unavailable">
            Exporting isn't available on this server yet (it has no reading-list endpoints).
          </p>
        ) : null}
        {state.status === "failed" ? <Problem error={state.error} /> : null}
      </div>
    </div>
  );
}
