import { useState } from "react";
import type { TopicDecision } from "@shared/api";
import { TopicSlug } from "@shared/ids";
import { fetchTopicDecisions, mergeTopic, undoTopicDecision, updateTopic } from "../api/topicCuration";
import { useRemote } from "../components/useRemote";

/**
 * A topic page's curation controls: rename, pin, hide, merge into another topic, and undo the
 * latest decision. Each is stored as a decision that later ingests and theme runs respect.
 */
export function TopicCuration({ slug, name }: { slug: TopicSlug; name: string }) {
  const decisions = useRemote(`topic-decisions:${slug}`, (signal) => fetchTopicDecisions(slug, signal));
  const [newName, setNewName] = useState(name);
  const [into, setInto] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const latest: TopicDecision | undefined =
    decisions.status === "ready" ? decisions.data.decisions.find((d) => !d.undone) : undefined;

  const act = (work: () => Promise<{ topic: { slug: string } } | unknown>) => async () => {
    setProblem(null);
    try {
      const result = await work();
      const next = (result as { topic?: { slug?: string } }).topic?.slug ?? slug;
      window.location.assign(`/topics/${next}`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const target = TopicSlug.safeParse(into.trim());

  return (
    <details className="topic-curation" data-testid="topic-curation">
      <summary>Curate this topic</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void act(() => updateTopic(slug, { name: newName }))();
        }}
      >
        <label>
          Name <input value={newName} onChange={(e) => setNewName(e.target.value)} data-testid="topic-rename" />
        </label>{" "}
        <button type="submit" disabled={newName.trim() === "" || newName === name}>
          Rename
        </button>
      </form>
      <p>
        <button type="button" onClick={act(() => updateTopic(slug, { pinned: true }))} data-testid="topic-pin">
          Pin on the map
        </button>{" "}
        <button type="button" onClick={act(() => updateTopic(slug, { hidden: true }))} data-testid="topic-hide">
          Hide
        </button>
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (target.success) void act(() => mergeTopic(slug, target.data))();
        }}
      >
        <label>
          Merge into (topic address, e.g. open-source) <input value={into} onChange={(e) => setInto(e.target.value)} data-testid="topic-merge-into" />
        </label>{" "}
        <button type="submit" disabled={!target.success}>
          Merge
        </button>
      </form>
      {latest ? (
        <p>
          Last change: {latest.summary}.{" "}
          <button type="button" onClick={act(() => undoTopicDecision(latest.id))} data-testid="topic-undo">
            Undo
          </button>
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </details>
  );
}
