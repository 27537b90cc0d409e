import type { ExportFormat, ReadingListSummary } from "@shared/api";
import { useState } from "react";
import { Link } from "react-router";
import { deleteReadingList, duplicateReadingList, fetchSavedReadingLists, renameReadingList, savedExportUrl } from "../api/readingLists";
import { countOf } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { Empty, Problem } from "../components/Status";
import { useRemote } from "../components/useRemote";
import { listFormats } from "../readingList/exportList";
import { RenameDelete } from "../components/RenameDelete";
import { copyName, maxListName } from "../readingList/savedLists";

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

function SavedListRow({ list, onChanged, onFailed }: RowProps) {
  const [format, setFormat] = useState<ExportFormat>("md");
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
      <RenameDelete
        thing="list"
        name={list.name}
        maxName={maxListName}
        rename={(name) => renameReadingList(list.id, name)}
        remove={() => deleteReadingList(list.id)}
        deleteNote="The insights stay in the graph."
        onChanged={onChanged}
        onFailed={onFailed}
        testIds={{ renameField: "rename-field", confirmDelete: "confirm-delete-list" }}
        more={(act, idle) => (
          <>
            <button
              type="button"
              className="compact"
              onClick={() => act(() => duplicateReadingList(list.id, copyName(list.name)))}
              disabled={!idle}
              aria-label={`Duplicate ${list.name}`}
            >
              Duplicate
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
          </>
        )}
      />
    </li>
  );
}
