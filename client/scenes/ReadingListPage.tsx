import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { TopicSlug } from "@shared/ids";
import { describeProblem } from "../components/describeProblem";
import { RemoteContent } from "../components/RemoteContent";
import { useRemote } from "../components/useRemote";
import { fetchThemeReadingList, saveThemeReadingList, themeExportUrl } from "../api/readingLists";
import { NotFound } from "./NotFound";
import { ReadingListView } from "./ReadingListView";

/** `/reading-list?topics=a,b`: the themed reading list of one or more topics, to read, download or save. */
export function ReadingListPage() {
  const [params] = useSearchParams();
  const raw = (params.get("topics") ?? "").split(",").filter(Boolean);
  const topics = raw.map((slug) => TopicSlug.safeParse(slug));
  if (topics.length === 0 || topics.some((topic) => !topic.success)) {
    return <NotFound message="A reading list needs one or more topics, e.g. /reading-list?topics=sovereign-ai." />;
  }
  return <ThemeReadingList topics={topics.map((topic) => topic.data!)} />;
}

function ThemeReadingList({ topics }: { topics: readonly TopicSlug[] }) {
  const remote = useRemote(topics.join(","), (signal) => fetchThemeReadingList(topics, signal));
  const navigate = useNavigate();
  const [saving, setSaving] = useState<"idle" | "saving" | { problem: string }>("idle");

  const save = async () => {
    setSaving("saving");
    try {
      const saved = await saveThemeReadingList(topics);
      if (saved.saved) void navigate(`/reading-lists/${saved.saved.id}`);
    } catch (error) {
      setSaving({ problem: describeProblem(error).title });
    }
  };

  return (
    <article className="page" data-testid="reading-list">
      <RemoteContent remote={remote} loading="Building the reading list…" missing="This topic">
        {(document) => (
          <ReadingListView document={document} exportHref={(format) => themeExportUrl(topics, format)}>
            <p>
              <button type="button" onClick={save} disabled={saving === "saving"} data-testid="save-reading-list">
                {saving === "saving" ? "Saving…" : "Save this list"}
              </button>
              {typeof saving === "object" ? <span role="alert"> {saving.problem}</span> : null}
            </p>
          </ReadingListView>
        )}
      </RemoteContent>
    </article>
  );
}
