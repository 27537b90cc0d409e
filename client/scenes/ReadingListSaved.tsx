import { useParams } from "react-router";
import { ReadingListId } from "@shared/api";
import { RemoteContent } from "../components/RemoteContent";
import { useRemote } from "../components/useRemote";
import { fetchSavedReadingList, savedExportUrl } from "../api/readingLists";
import { NotFound } from "./NotFound";
import { ReadingListView } from "./ReadingListView";

/** `/reading-lists/:id`: a saved reading list, with its own downloads. */
export function ReadingListSaved() {
  const id = ReadingListId.safeParse(useParams().id);
  if (!id.success) return <NotFound message="That address doesn't name a reading list." />;
  return <SavedList id={id.data} />;
}

function SavedList({ id }: { id: ReadingListId }) {
  const remote = useRemote(id, (signal) => fetchSavedReadingList(id, signal));
  return (
    <article className="page" data-testid="reading-list">
      <RemoteContent remote={remote} loading="Loading the reading list…" missing="This reading list">
        {(document) => <ReadingListView document={document} exportHref={(format) => savedExportUrl(id, format)} tour={{ kind: "saved", id }} />}
      </RemoteContent>
    </article>
  );
}
