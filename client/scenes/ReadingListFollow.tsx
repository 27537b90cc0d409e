import { useState } from "react";
import type { TopicSlug } from "@shared/ids";
import { fetchProfile, followTopic, unfollowTopic } from "../api/readingLists";
import { useRemote } from "../components/useRemote";

/** The "Follow" toggle of a topic: followed topics make up the brief (`/api/brief`). */
export function ReadingListFollow({ slug, name }: { slug: TopicSlug; name: string }) {
  const profile = useRemote("profile", (signal) => fetchProfile(signal));
  const [override, setOverride] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  if (profile.status !== "ready") return null;
  const following = override ?? profile.data.follows.some((topic) => topic.slug === slug);

  const toggle = async () => {
    setBusy(true);
    try {
      const next = following ? await unfollowTopic(slug) : await followTopic(slug);
      setOverride(next.follows.some((topic) => topic.slug === slug));
    } catch {
      // The button keeps showing what the server last said; another click tries again.
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" aria-pressed={following} disabled={busy} onClick={toggle} data-testid="follow-topic" title={`Put ${name} in your brief`}>
      {following ? "Following" : "Follow"}
    </button>
  );
}
