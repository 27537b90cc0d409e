import { useState } from "react";
import type { FormEvent } from "react";
import type { Feed, FeedCheck } from "@shared/api";
import { checkFeedNow, fetchFeeds, followFeed, importOpml, unfollowFeed } from "../api/following";
import { describeProblem } from "../components/describeProblem";
import { Empty, Loading, Problem } from "../components/Status";
import { useRemote } from "../components/useRemote";
import "../following/following.css";

type Action = { readonly feed: string; readonly text: string; readonly failed: boolean } | null;

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never");

const checkSummary = (check: FeedCheck | null) =>
  check === null
    ? "Followed. Its newest episodes are still being read; they appear here when done."
    : check.status === "failed"
      ? `The check failed: ${check.problems[0] ?? "unknown reason"}`
      : check.newEpisodes > 0
        ? `${check.newEpisodes} new ${check.newEpisodes === 1 ? "episode" : "episodes"} read.`
        : "Nothing new.";

function FeedRow({ feed, onChange }: { feed: Feed; onChange: (text: string, failed: boolean) => void }) {
  const [busy, setBusy] = useState(false);
  const run = (work: () => Promise<string>) => {
    setBusy(true);
    work().then(
      (text) => onChange(text, false),
      (error: unknown) => onChange(describeProblem(error).detail, true),
    ).finally(() => setBusy(false));
  };
  return (
    <li className="feed-row" data-testid="feed-row">
      <div>
        <p className="feed-title">{feed.title ?? feed.url}</p>
        <p className="meta">
          <a href={feed.url}>{feed.url}</a>
        </p>
        <p className="meta" data-testid="feed-status">
          {feed.episodes} {feed.episodes === 1 ? "episode" : "episodes"} · checked {when(feed.lastCheckedAt)} · next check {feed.checking ? "running now" : when(feed.nextCheckAt)}
        </p>
        {feed.lastError ? (
          <p className="feed-error" role="note" data-testid="feed-error">
            {feed.lastError}
          </p>
        ) : null}
      </div>
      <div className="feed-actions">
        <button type="button" disabled={busy} onClick={() => run(async () => checkSummary((await checkFeedNow(feed.id)).check))} data-testid="feed-check">
          {busy ? "Checking…" : "Check now"}
        </button>
        <button type="button" className="quiet" disabled={busy} onClick={() => run(async () => (await unfollowFeed(feed.id), `Stopped following ${feed.title ?? feed.url}.`))}>
          Unfollow
        </button>
      </div>
    </li>
  );
}

/** `/feeds`: the podcasts followed, how each stands, and adding more by URL or OPML. */
export function FeedsPage() {
  const [version, setVersion] = useState(0);
  const feeds = useRemote(`feeds:${version}`, (signal) => fetchFeeds(signal));
  const [action, setAction] = useState<Action>(null);
  const [adding, setAdding] = useState(false);
  const reload = () => setVersion((n) => n + 1);
  const report = (feed: string) => (text: string, failed: boolean) => {
    setAction({ feed, text, failed });
    reload();
  };

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const url = String(new FormData(form).get("url") ?? "").trim();
    setAdding(true);
    followFeed(url)
      .then(
        ({ feed, check }) => {
          form.reset();
          report(feed.title ?? feed.url)(checkSummary(check), check?.status === "failed");
        },
        (error: unknown) => report(url)(describeProblem(error).detail, true),
      )
      .finally(() => setAdding(false));
  };

  const importFile = (file: File | undefined) => {
    if (!file) return;
    setAdding(true);
    file
      .text()
      .then(importOpml)
      .then(
        ({ added, problems }) => report(file.name)(`Following ${added.length} feeds from ${file.name}; they are checked within a minute.${problems.length ? ` Left out: ${problems.join("; ")}` : ""}`, false),
        (error: unknown) => report(file.name)(describeProblem(error).detail, true),
      )
      .finally(() => setAdding(false));
  };

  return (
    <article className="page feeds-page">
      <title>Feeds · Insight graph</title>
      <p className="eyebrow">Feeds</p>
      <h1>Podcasts you follow</h1>
      <p className="meta">Each feed is checked every hour or so; new episodes are read from their transcript when they have one, else from their show notes, and their insights join the graph.</p>
      <section className="ingest-card" aria-labelledby="follow-heading">
        <h2 id="follow-heading">Follow a podcast</h2>
        <form onSubmit={add} className="ingest-form feed-form" data-testid="feed-form">
          <label htmlFor="feed-url">Feed address (RSS or Atom)</label>
          <input id="feed-url" name="url" type="url" required placeholder="https://example.org/podcast/feed.xml" data-testid="feed-url" />
          <button type="submit" disabled={adding} data-testid="feed-follow">
            {adding ? "Reading the feed…" : "Follow"}
          </button>
        </form>
        <label className="button-like opml-import">
          Import OPML…
          <input type="file" accept=".opml,.xml,text/xml,application/xml" hidden onChange={(e) => importFile(e.target.files?.[0])} data-testid="opml-file" />
        </label>
      </section>
      {action ? (
        <p className={action.failed ? "feed-error" : "feed-done"} role="status" data-testid="feed-action">
          <strong>{action.feed}:</strong> {action.text}
        </p>
      ) : null}
      {feeds.status === "loading" ? <Loading label="Loading the feeds…" /> : null}
      {feeds.status === "failed" ? <Problem error={feeds.error} retry={feeds.retry} /> : null}
      {feeds.status === "ready" && feeds.data.feeds.length === 0 ? <Empty>You follow no feed yet. Paste a podcast's feed address above.</Empty> : null}
      {feeds.status === "ready" && feeds.data.feeds.length > 0 ? (
        <ul className="feed-list" data-testid="feed-list">
          {feeds.data.feeds.map((feed) => (
            <FeedRow key={feed.id} feed={feed} onChange={report(feed.title ?? feed.url)} />
          ))}
        </ul>
      ) : null}
    </article>
  );
}
