import type { ExportFormat, ReadingListSummary } from "@shared/api";
import { useState } from "react";
import { Link } from "react-router";
import { deleteReadingList, duplicateReadingList, fetchSavedReadingLists, renameReadingList, savedExportUrl } from "../api/readingLists";
import { countOf } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { Empty, Problem } from "../components/Status";
import { useRemote } from "../components/useRemote";
import { listFormats } from "../readingList/exportList";
import { NameField } from "../readingList/NameField";
import { copyName, nameProblem } from "../readingList/savedLists";

/** `/lists`: the saved reading lists, last changed first: open, rename, duplicate, delete, export. */
export function SavedListsPage() {
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState<unknown>(null);
  const remote = useRemote(`lists:${version}`, (signal) => fetchSavedReadingLists(signal));
  const changed = () => {
    setProblem(null);
    setVersion((n) => n + 1);
  };
  return (
    <article className="page">
      <title>Reading lists · Insight graph</title>
      <p className="eyebrow">Library</p>
      <h1>Saved reading lists</h1>
      {problem ? <Problem error={problem} /> : null}
      <RemoteContent remote={remote} loading="Loading the saved lists…">
        {({ readingLists }) =>
          readingLists.length === 0 ? (
            <Empty>
              No saved lists yet. Open a topic, follow “Reading list from this topic” and save it, or export the reading list in the header.
            </Empty>
          ) : (
            <>
              <p className="meta">{countOf(readingLists.length, "saved list")}</p>
              <ul className="saved-lists" data-testid="saved-lists">
                {readingLists.map((list) => (
                  <SavedListRow key={list.id} list={list} onChanged={changed} onFailed={setProblem} />
                ))}
              </ul>
            </>
          )
        }
      </RemoteContent>
    </article>
  );
}

interface RowProps {
  readonly list: ReadingListSummary;
  readonly onChanged: () => void;
  readonly onFailed: (error: unknown) => void;
}

type Mode = "idle" | "renaming" | "confirming-delete" | "busy";

function SavedListRow({ list, onChanged, onFailed }: RowProps) {
  const [mode, setMode] = useState<Mode>("idle");
  const [name, setName] = useState(list.name);
  const [fieldProblem, setFieldProblem] = useState<string | null>(null);
  const [format, setFormat] = useState<ExportFormat>("md");

  const act = (work: () => Promise<unknown>, onError: (error: unknown) => void = onFailed) => {
    setMode("busy");
    work().then(onChanged, (error: unknown) => {
      setMode("idle");
      onError(error);
    });
  };

  const rename = () =>
    act(
      () => renameReadingList(list.id, name),
      (error) => {
        const said = nameProblem(error);
        setMode("renaming");
        if (said) setFieldProblem(said);
        else onFailed(error);
      },
    );

  return (
    <li data-testid="saved-list">
      <div className="source-row">
        <div>
          <p className="source-title">
            <Link to={`/reading-lists/${list.id}`}>{list.name}</Link>
          </p>
          <p className="source-facts">
            {countOf(list.itemCount, "insight")} · {list.topics.map((topic) => topic.name).join(", ")} · changed {list.updatedAt.slice(0, 10)}
          </p>
        </div>
      </div>
      {mode === "renaming" ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            rename();
          }}
        >
          <NameField label="New name" value={name} onChange={setName} problem={fieldProblem} testId="rename-field" />
          <button type="submit">Rename</button>
          <button type="button" onClick={() => setMode("idle")}>
            Cancel
          </button>
        </form>
      ) : null}
      {mode === "confirming-delete" ? (
        <div className="confirm" role="group" aria-label={`Confirm deleting ${list.name}`}>
          <p>Delete the saved list “{list.name}”? The insights stay in the graph.</p>
          <button type="button" className="danger" onClick={() => act(() => deleteReadingList(list.id))} data-testid="confirm-delete-list">
            Delete list
          </button>
          <button type="button" onClick={() => setMode("idle")}>
            Cancel
          </button>
        </div>
      ) : null}
      <div className="list-actions">
        <button type="button" className="compact" onClick={() => setMode("renaming")} disabled={mode !== "idle"} aria-label={`Rename ${list.name}`}>
          Rename
        </button>
        <button
          type="button"
          className="compact"
          onClick={() => act(() => duplicateReadingList(list.id, copyName(list.name)))}
          disabled={mode !== "idle"}
          aria-label={`Duplicate ${list.name}`}
        >
          Duplicate
        </button>
        <button type="button" className="compact" onClick={() => setMode("confirming-delete")} disabled={mode !== "idle"} aria-label={`Delete ${list.name}`}>
          Delete
        </button>
        <span className="export-inline">
          <select aria-label={`Export format for ${list.name}`} value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
            {listFormats.map((option) => (
              <option key={option.format} value={option.format}>
                {option.label}
              </option>
            ))}
          </select>
          <a href={savedExportUrl(list.id, format)} download data-testid="export-saved-list">
            Export
          </a>
        </span>
      </div>
    </li>
  );
}
