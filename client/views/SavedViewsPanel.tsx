import type { MapView } from "@shared/api/views";
import { viewLimits } from "@shared/api/views";
import { useState } from "react";
import { fetchSavedViews, saveView } from "../api/views";
import { RemoteContent } from "../components/RemoteContent";
import { Problem } from "../components/Status";
import { useRemote } from "../components/useRemote";
import { NameField } from "../readingList/NameField";
import { nameProblem } from "../readingList/savedLists";
import { SavedViewRow } from "./SavedViewRow";

interface Props {
  /** The map as it is on screen now. */
  readonly current: () => MapView;
  /** Writes the current view into the address bar. */
  readonly onLink: () => void;
}

/** Save the map as it is, by name or as a link, and the views saved so far. */
export function SavedViewsPanel({ current, onLink }: Props) {
  const [version, setVersion] = useState(0);
  const [name, setName] = useState("");
  const [fieldProblem, setFieldProblem] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [said, setSaid] = useState("");
  const remote = useRemote(`views:${version}`, (signal) => fetchSavedViews(signal));
  const changed = () => {
    setProblem(null);
    setVersion((n) => n + 1);
  };

  const save = () => {
    setFieldProblem(null);
    saveView(name, current()).then(
      (saved) => {
        setSaid(`Saved “${saved.name}”.`);
        setName("");
        changed();
      },
      (error: unknown) => {
        const named = nameProblem(error, { thing: "view", max: viewLimits.name });
        if (named) setFieldProblem(named);
        else setProblem(error);
      },
    );
  };

  return (
    <details className="saved-views" open data-testid="saved-views">
      <summary>Saved views</summary>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <NameField label="Name" value={name} onChange={setName} problem={fieldProblem} testId="view-name" />
        <button type="submit" data-testid="save-view">
          Save view
        </button>
      </form>
      <p className="meta">
        <button type="button" className="link-button" onClick={onLink} data-testid="link-view">
          Link to this view
        </button>{" "}
        puts its pins, places and zoom in the address bar to copy.
      </p>
      <p className="meta" role="status">
        {said}
      </p>
      {problem ? <Problem error={problem} /> : null}
      <RemoteContent remote={remote} loading="Loading the saved views…">
        {({ views }) =>
          views.length === 0 ? (
            <p className="meta">No saved views yet.</p>
          ) : (
            <ul className="saved-view-list" data-testid="saved-view-list">
              {views.map((view) => (
                <SavedViewRow key={`${view.id}:${view.updatedAt}`} view={view} onChanged={changed} onFailed={setProblem} />
              ))}
            </ul>
          )
        }
      </RemoteContent>
    </details>
  );
}
