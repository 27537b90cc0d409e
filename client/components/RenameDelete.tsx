import { type ReactNode, useState } from "react";
import { NameField } from "../readingList/NameField";
import { nameProblem } from "../readingList/savedLists";

interface Props {
  /** What is renamed or deleted, in the words the page uses ("list", "view"), and its name. */
  readonly thing: string;
  readonly name: string;
  /** The longest name the server takes, for the message next to the field. */
  readonly maxName: number;
  readonly rename: (name: string) => Promise<unknown>;
  readonly remove: () => Promise<unknown>;
  /** Said before deleting: what stays when it goes. */
  readonly deleteNote: string;
  readonly onChanged: () => void;
  readonly onFailed: (error: unknown) => void;
  readonly testIds: { readonly renameField: string; readonly confirmDelete: string };
  /** More actions beside Rename and Delete (Duplicate, Export), given a way to run one with the same busy state. */
  readonly more?: (act: (work: () => Promise<unknown>) => void, idle: boolean) => ReactNode;
}

type Mode = "idle" | "renaming" | "confirming-delete" | "busy";

/**
 * A saved thing's Rename and Delete: a name refused by the server is said next to the field, a
 * delete asks first, and the row's buttons wait while one of them runs.
 */
export function RenameDelete({ thing, name: current, maxName, rename, remove, deleteNote, onChanged, onFailed, testIds, more }: Props) {
  const [mode, setMode] = useState<Mode>("idle");
  const [name, setName] = useState(current);
  const [fieldProblem, setFieldProblem] = useState<string | null>(null);

  const act = (work: () => Promise<unknown>, onError: (error: unknown) => void = onFailed) => {
    setMode("busy");
    work().then(onChanged, (error: unknown) => {
      setMode("idle");
      onError(error);
    });
  };
  const submitRename = () =>
    act(
      () => rename(name),
      (error) => {
        const said = nameProblem(error, { thing, max: maxName });
        setMode("renaming");
        if (said) setFieldProblem(said);
        else onFailed(error);
      },
    );

  return (
    <>
      {mode === "renaming" ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            submitRename();
          }}
        >
          <NameField label="New name" value={name} onChange={setName} problem={fieldProblem} testId={testIds.renameField} />
          <button type="submit">Rename</button>
          <button type="button" onClick={() => setMode("idle")}>
            Cancel
          </button>
        </form>
      ) : null}
      {mode === "confirming-delete" ? (
        <div className="confirm" role="group" aria-label={`Confirm deleting ${current}`}>
          <p>
            Delete the saved {thing} “{current}”? {deleteNote}
          </p>
          <button type="button" className="danger" onClick={() => act(remove)} data-testid={testIds.confirmDelete}>
            Delete {thing}
          </button>
          <button type="button" onClick={() => setMode("idle")}>
            Cancel
          </button>
        </div>
      ) : null}
      <div className="list-actions">
        <button type="button" className="compact" onClick={() => setMode("renaming")} disabled={mode !== "idle"} aria-label={`Rename ${current}`}>
          Rename
        </button>
        {more?.((work) => act(work), mode === "idle")}
        <button type="button" className="compact" onClick={() => setMode("confirming-delete")} disabled={mode !== "idle"} aria-label={`Delete ${current}`}>
          Delete
        </button>
      </div>
    </>
  );
}
