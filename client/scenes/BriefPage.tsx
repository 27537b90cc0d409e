import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { DailyBrief } from "@shared/api";
import { fetchBriefs, sendBriefNow } from "../api/following";
import { describeProblem } from "../components/describeProblem";
import { Empty, Loading, Problem } from "../components/Status";
import { useRemote } from "../components/useRemote";
import { VoicesLine } from "../components/VoicesLine";
import "../following/following.css";

/** A link into the explorer from a brief's stored absolute URL (the brief may name another host). */
const insightPath = (id: string) => `/insights/${id}`;

function BriefView({ brief }: { brief: DailyBrief }) {
  return (
    <section className="brief" aria-labelledby={`brief-${brief.id}`} data-testid="brief">
      <h2 id={`brief-${brief.id}`}>{brief.id}</h2>
      <p className="brief-note" data-testid="brief-note">
        {brief.note}
      </p>
      {brief.voices ? <VoicesLine voices={brief.voices} /> : null}
      <p className="meta">
        {brief.delivery.emailedAt ? `Emailed to ${brief.delivery.emailedTo} at ${new Date(brief.delivery.emailedAt).toLocaleTimeString()}.` : brief.delivery.emailError ? `Not emailed: ${brief.delivery.emailError}` : "Not emailed (no mail set up)."}
      </p>
      {brief.items.length > 0 ? (
        <ol className="brief-items">
          {brief.items.map((item) => (
            <li key={item.id} data-testid="brief-item">
              <Link to={insightPath(item.id)} className="brief-claim">
                {item.text}
              </Link>
              {item.source ? (
                <p className="meta">
                  {item.source.title}
                  {item.source.show ? ` · ${item.source.show}` : ""}
                  {item.source.textFrom === "show-notes" ? " · from the show notes" : ""}
                  {item.followed ? " · a topic you follow" : ""}
                </p>
              ) : null}
              {item.related.length > 0 ? (
                <ul className="brief-related" aria-label="Related insights">
                  {item.related.map((related) => (
                    <li key={related.id}>
                      <Link to={insightPath(related.id)}>{related.text}</Link> <span className="meta">({related.reason})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

/** `/brief`: the daily briefs made so far, newest first, and making today's now. */
export function BriefPage() {
  const [version, setVersion] = useState(0);
  const briefs = useRemote(`briefs:${version}`, (signal) => fetchBriefs(signal));
  const [params] = useSearchParams();
  const [sending, setSending] = useState<{ busy: boolean; problem?: string }>({ busy: false });
  const send = () => {
    setSending({ busy: true });
    sendBriefNow().then(
      () => {
        setSending({ busy: false });
        setVersion((n) => n + 1);
      },
      (error: unknown) => setSending({ busy: false, problem: describeProblem(error).detail }),
    );
  };
  const day = params.get("day");
  const shown = briefs.status === "ready" ? briefs.data.briefs.filter((b) => !day || b.id === day) : [];
  return (
    <article className="page brief-page">
      <title>Brief · Insight graph</title>
      <p className="eyebrow">Brief</p>
      <h1>Your daily brief</h1>
      <p className="meta">
        Every day the top insights of the sources that arrived since the last brief, topics you follow first, each with its related insights.{" "}
        {briefs.status === "ready" && briefs.data.schedule.next ? `Next one: ${new Date(briefs.data.schedule.next).toLocaleString()}.` : ""}{" "}
        Also as a feed: <a href="/api/briefs.atom">briefs.atom</a>.
      </p>
      <button type="button" onClick={send} disabled={sending.busy} data-testid="brief-send">
        {sending.busy ? "Making today's brief…" : "Make today's brief now"}
      </button>
      {sending.problem ? <p className="feed-error">{sending.problem}</p> : null}
      {briefs.status === "loading" ? <Loading label="Loading the briefs…" /> : null}
      {briefs.status === "failed" ? <Problem error={briefs.error} retry={briefs.retry} /> : null}
      {briefs.status === "ready" && shown.length === 0 ? (
        <Empty>
          No brief yet. The first is made at the scheduled hour (or press the button), from the sources ingested in the day before it; follow podcasts on the <Link to="/feeds">Feeds</Link> page so there is something new each day.
        </Empty>
      ) : null}
      {shown.map((brief) => (
        <BriefView key={brief.id} brief={brief} />
      ))}
    </article>
  );
}
