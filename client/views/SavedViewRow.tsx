import type { SavedView } from "@shared/api/views";
import { viewLimits } from "@shared/api/views";
import { Link } from "react-router";
import { deleteView, renameView } from "../api/views";
import { RenameDelete } from "../components/RenameDelete";
import { viewToSearch } from "./viewAddress";

interface Props {
  readonly view: SavedView;
  readonly onChanged: () => void;
  readonly onFailed: (error: unknown) => void;
}

/** One saved view: open it, rename it, delete it. */
export function SavedViewRow({ view, onChanged, onFailed }: Props) {
  return (
    <li data-testid="saved-view">
      <Link to={`/?${viewToSearch(view.state).toString()}`} data-testid="open-view">
        {view.name}
      </Link>{" "}
      <span className="meta">{view.updatedAt.slice(0, 10)}</span>
      <RenameDelete
        thing="view"
        name={view.name}
        maxName={viewLimits.name}
        rename={(name) => renameView(view.id, name)}
        remove={() => deleteView(view.id)}
        deleteNote="The map and its topics stay as they are."
        onChanged={onChanged}
        onFailed={onFailed}
        testIds={{ renameField: "rename-view-field", confirmDelete: "confirm-delete-view" }}
      />
    </li>
  );
}
