import { Link, useParams } from "react-router";
import { SpeakerId } from "@shared/api/speakers";
import { fetchSpeaker } from "../api/speakers";
import { countOf } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { Empty } from "../components/Status";
import { useRemote } from "../components/useRemote";
import { NotFound } from "./NotFound";

/** `/speakers/:id`: who they are, what they claimed (newest first), their shows, who they agree and disagree with. */
export function SpeakerPage() {
  const id = SpeakerId.safeParse(useParams().id);
  if (!id.success) return <NotFound message="That address doesn't name a speaker." />;
  return <SpeakerContent id={id.data} />;
}

function SpeakerContent({ id }: { id: SpeakerId }) {
  const remote = useRemote(`speaker:${id}`, (signal) => fetchSpeaker(id, signal));
  return (
    <article className="page speaker-page">
      <RemoteContent remote={remote} loading="Loading the speaker…" missing="This speaker">
        {({ speaker, claims, shows, agreesWith, disagreesWith }) => (
          <>
            <title>{`${speaker.name} · Insight graph`}</title>
            <p className="eyebrow">{speaker.named ? "Speaker" : "Unnamed voice of one episode"}</p>
            <h1 data-testid="speaker-name">{speaker.name}</h1>
            <p>
              {speaker.role ? `${speaker.role} · ` : null}
              {shows.map((s) => `${s.show} (${countOf(s.sources, "episode")})`).join(", ") || speaker.show}
              {speaker.aliases.length > 0 ? ` · also "${speaker.aliases.join('", "')}"` : null}
            </p>
            <h2>Claims</h2>
            {claims.length === 0 ? (
              <Empty>No claims yet.</Empty>
            ) : (
              <ol className="insight-list" data-testid="speaker-claims">
                {claims.map((claim) => (
                  <li key={`${claim.id} ${claim.source.id}`}>
                    <Link to={`/insights/${claim.id}`}>{claim.text}</Link>
                    <p className="reason">
                      {claim.source.title}
                      {claim.source.publishedAt ? ` · ${claim.source.publishedAt.slice(0, 10)}` : null}
                      {claim.topics.length > 0 ? ` · ${claim.topics.map((t) => t.name).join(", ")}` : null}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            <Counterparts title="Agrees most with" people={agreesWith} />
            <Counterparts title="Disagrees most with" people={disagreesWith} />
          </>
        )}
      </RemoteContent>
    </article>
  );
}

function Counterparts({ title, people }: { title: string; people: readonly { id: string; name: string; pairs: number }[] }) {
  if (people.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ul>
        {people.map((person) => (
          <li key={person.id}>
            <Link to={`/speakers/${person.id}`}>{person.name}</Link> ({countOf(person.pairs, "pair")} of claims)
          </li>
        ))}
      </ul>
    </>
  );
}
