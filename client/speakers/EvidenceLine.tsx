import type { InsightId } from "@shared/ids";
import { fetchInsightEvidence } from "../api/speakers";
import { useRemote } from "../components/useRemote";
import { SpeakerLinks } from "./SpeakerLinks";

/**
 * "said in 4 sources across 3 shows, by 3 speakers · 1 contradicting", with the named speakers as
 * links. Quiet while it loads or if it fails: the claim itself is what the page is for.
 */
export function EvidenceLine({ id }: { id: InsightId }) {
  const evidence = useRemote(`evidence:${id}`, (signal) => fetchInsightEvidence(id, signal));
  if (evidence.status !== "ready") return null;
  const { summary, speakers } = evidence.data;
  const named = speakers.filter((speaker) => speaker.named);
  return (
    <p className="evidence" data-testid="insight-evidence">
      {summary}
      {named.length > 0 ? " — " : null}
      <SpeakerLinks speakers={named} />
    </p>
  );
}
