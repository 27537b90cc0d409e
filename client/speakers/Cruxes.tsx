import { Link } from "react-router";
import type { Crux, CruxSide } from "@shared/api/speakers";
import type { TopicSlug } from "@shared/ids";
import { fetchCruxes } from "../api/speakers";
import { atTime, timestampUrl } from "../components/format";
import { useRemote } from "../components/useRemote";

/**
 * Where named speakers take opposite sides on a topic: up to three claims, each side with who said
 * it and when. Shown only when there is one; a topic without disagreement needs no empty section.
 */
export function Cruxes({ slug }: { slug: TopicSlug }) {
  const remote = useRemote(`cruxes:${slug}`, (signal) => fetchCruxes(slug, signal));
  if (remote.status !== "ready") return null;
  return <CruxList cruxes={remote.data.cruxes} />;
}

/** The Cruxes section for cruxes already in hand (a reading list carries its theme's); nothing when there are none. */
export function CruxList({ cruxes }: { cruxes: readonly Crux[] }) {
  if (cruxes.length === 0) return null;
  return (
    <section className="cruxes" aria-labelledby="cruxes-heading" data-testid="cruxes">
      <h2 id="cruxes-heading">Cruxes</h2>
      <ol>
        {cruxes.map((crux) => (
          <li key={crux.sides.map((s) => s.id).join(" ")} data-testid="crux">
            <CruxSides crux={crux} />
            {crux.changedMind.length > 0 ? <p className="reason">Changed their mind: {crux.changedMind.map((s) => s.name).join(", ")}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function CruxSides({ crux }: { crux: Crux }) {
  return (
    <div className="crux-sides">
      {crux.sides.map((side, index) => (
        <div key={side.id}>
          {index > 0 ? <p className="relation-badge relation-contradicts">against</p> : null}
          <Link to={`/insights/${side.id}`}>{side.text}</Link>
          {side.quote ? <blockquote>{side.quote}</blockquote> : null}
          <p className="reason">
            {side.said.map((said, i) => (
              <span key={`${said.speaker.id} ${said.source.id}`}>
                {i > 0 ? "; " : null}
                <Link to={`/speakers/${said.speaker.id}`}>{said.speaker.name}</Link>, {said.source.title}
                <Moment said={said} />
              </span>
            ))}
          </p>
        </div>
      ))}
    </div>
  );
}

/** " at 1:01–1:10", a link to that moment of the source when its url is known. */
function Moment({ said }: { said: CruxSide["said"][number] }) {
  const at = atTime(said.startSec, said.endSec);
  if (!at) return null;
  const url = timestampUrl(said.source.url, said.startSec);
  return (
    <>
      {" "}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {at}
        </a>
      ) : (
        at
      )}
    </>
  );
}
