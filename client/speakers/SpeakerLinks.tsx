import type { SpeakerRef } from "@shared/api/speakers";
import { Fragment } from "react";
import { Link } from "react-router";

/** Speakers as links to their pages, separated by commas. */
export function SpeakerLinks({ speakers }: { speakers: readonly SpeakerRef[] }) {
  return speakers.map((speaker, index) => (
    <Fragment key={speaker.id}>
      {index > 0 ? ", " : null}
      <Link to={`/speakers/${speaker.id}`}>{speaker.name}</Link>
    </Fragment>
  ));
}
