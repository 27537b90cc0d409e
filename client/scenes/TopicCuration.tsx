import { useState } from "react";
import type { TopicDecision } from "@shared/api";
import { TopicSlug } from "@shared/ids";
import type { InsightSummary } from "@shared/schemas/entities";
import { fetchTopicDecisions, mergeTopic, splitTopic, undoTopicDecision, updateTopic } from "../api/topicCuration";
import { useRemote } from "../components/useRemote";
import { TopicSplit } from "./TopicSplit";

/**
 * A topic page's curation controls: rename, pin, hide, merge into another topic, split chosen
 * insights off, and undo the latest decision. Each is stored as a decision that later ingests and
 * theme runs respect.
 */
export function TopicCuration({ slug, name, insights }: { slug: TopicSlug; name: string; insights: readonly InsightSummary[] }) {
  const decisions = useRemote(`topic-decisions:${slug}`, (signal) => fetchTopicDecisions(slug, signal));
  const [newName, setNewName] = useState(name);
  const [into, setInto] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const latest: TopicDecision | undefined =
    decisions.status === "ready" ? decisions.data.decisions.find((d) => !d.undone) : undefined;

  // After a change the page of the topic it leaves standing: the one made or merged into, else this
  // one; an undo goes to the decision's own topic, since undoing a split deletes the topic it made.
  const act = (work: () => Promise<{ topic: { slug: string } } | unknown>, then?: string) => async () => {
    setProblem(null);
    try {
      const result = await work();
      const next = then ?? (result as { topic?: { slug?: string } }).topic?.slug ?? slug;
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
      <TopicSplit insights={insights} onSplit={(newName, ids) => void act(() => splitTopic(slug, newName, ids))()} />
      {latest ? (
        <p>
          Last change: {latest.summary}.{" "}
          <button type="button" onClick={act(() => undoTopicDecision(latest.id), latest.topic)} data-testid="topic-undo">
            Undo
          </button>
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </details>
  );
}
