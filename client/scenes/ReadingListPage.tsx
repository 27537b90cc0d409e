import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { TopicSlug } from "@shared/ids";
import { describeProblem } from "../components/describeProblem";
import { RemoteContent } from "../components/RemoteContent";
import { useRemote } from "../components/useRemote";
import { fetchThemeReadingList, saveNamedReadingList, themeExportUrl } from "../api/readingLists";
import { NameField } from "../readingList/NameField";
import { nameProblem } from "../readingList/savedLists";
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
  const [saving, setSaving] = useState<"idle" | "saving" | { problem: string } | { nameProblem: string }>("idle");
  const [name, setName] = useState<string | null>(null);

  const save = async (fallbackName: string) => {
    setSaving("saving");
    try {
      const saved = await saveNamedReadingList(topics, name ?? fallbackName);
      if (saved.saved) void navigate(`/reading-lists/${saved.saved.id}`);
    } catch (error) {
      const said = nameProblem(error);
      setSaving(said ? { nameProblem: said } : { problem: describeProblem(error).title });
    }
  };

  return (
    <article className="page" data-testid="reading-list">
      <RemoteContent remote={remote} loading="Building the reading list…" missing="This topic">
        {(document) => (
          <ReadingListView document={document} exportHref={(format) => themeExportUrl(topics, format)} tour={{ kind: "theme", topics }}>
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                void save(document.title);
              }}
            >
              <NameField
                label="Save as"
                value={name ?? document.title}
                onChange={setName}
                problem={typeof saving === "object" && "nameProblem" in saving ? saving.nameProblem : null}
                testId="list-name"
              />
              <button type="submit" disabled={saving === "saving"} data-testid="save-reading-list">
                {saving === "saving" ? "Saving…" : "Save this list"}
              </button>
              {typeof saving === "object" && "problem" in saving ? <span role="alert"> {saving.problem}</span> : null}
            </form>
          </ReadingListView>
        )}
      </RemoteContent>
    </article>
  );
}
