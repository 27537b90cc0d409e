import type { SavedView } from "@shared/api/views";
import { viewLimits } from "@shared/api/views";
import { Link } from "react-router";
import { deleteView, renameView } from "../api/views";
import { RenameDelete } from "../components/RenameDelete";
import { viewAddress } from "./viewAddress";

interface Props {
  readonly view: SavedView;
  readonly onChanged: () => void;
  readonly onFailed: (error: unknown) => void;
}

/** One saved view, and which graph it is of: open it (on its own page), rename it, delete it. */
export function SavedViewRow({ view, onChanged, onFailed }: Props) {
  return (
    <li data-testid="saved-view">
      <Link to={viewAddress(view.state)} data-testid="open-view">
        {view.name}
      </Link>{" "}
      <span className="meta" data-testid="view-scene">
        {view.state.scene.kind === "theme" ? `theme: ${view.state.scene.slug}` : "topic map"} · {view.updatedAt.slice(0, 10)}
      </span>
      <RenameDelete
        thing="view"
        name={view.name}
        maxName={viewLimits.name}
        rename={(name) => renameView(view.id, name)}
        remove={() => deleteView(view.id)}
        deleteNote="The graph and what it shows stay as they are."
        onChanged={onChanged}
        onFailed={onFailed}
        testIds={{ renameField: "rename-view-field", confirmDelete: "confirm-delete-view" }}
      />
    </li>
  );
}
