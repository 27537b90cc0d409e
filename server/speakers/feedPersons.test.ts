import { describe, expect, it } from "vitest";
import { readFeed } from "../feeds/episodes";
import { resolveSpeakers } from "./resolve";
import { withFeedRoles } from "./feedPersons";

const feed = `<?xml version="1.0"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
  <channel>
    <title>Statecraft</title>
    <podcast:person role="host">Maya Chen</podcast:person>
    <podcast:person role="producer">Pat Producer</podcast:person>
    <item>
      <guid>ep-1</guid><title>One</title>
      <podcast:person role="guest" href="https://example.org/sam">Sam Lee</podcast:person>
      <podcast:person>Ana Ruiz</podcast:person>
    </item>
  </channel>
</rss>`;

describe("podcast:person in feeds", () => {
  it("reads hosts and guests of the episode, then of the show; 'host' when no role is given; other roles left out", () => {
    expect(readFeed(feed).episodes[0]!.persons).toEqual([
      { name: "Sam Lee", role: "guest" },
      { name: "Ana Ruiz", role: "host" },
      { name: "Maya Chen", role: "host" },
    ]);
  });

  it("puts the role on matching speaker labels, by full name or a first name only one person has", () => {
    const persons = readFeed(feed).episodes[0]!.persons;
    const turns = [
      { text: "a", speaker: "Maya Chen" },
      { text: "b", speaker: "Sam" },
      { text: "c", speaker: "Maya Chen (guest)" },
      { text: "d", speaker: "Speaker 2" },
      { text: "e" },
    ];
    expect(withFeedRoles(turns, persons).map((turn) => turn.speaker)).toEqual(["Maya Chen (host)", "Sam (guest)", "Maya Chen (guest)", "Speaker 2", undefined]);
    // Two people named Maya: a bare "Maya" is not guessed.
    expect(withFeedRoles([{ text: "x", speaker: "Maya" }], [...persons, { name: "Maya Ortiz", role: "guest" }])[0]!.speaker).toBe("Maya");
  });

  it("ends as the speaker's role per show", () => {
    const [turn] = withFeedRoles([{ text: "a", speaker: "Sam Lee" }], readFeed(feed).episodes[0]!.persons);
    const { speakers } = resolveSpeakers([{ insightId: "i".repeat(32), sourceId: "s".repeat(32), show: "Statecraft", label: turn!.speaker!, startSec: 3 }], []);
    expect(speakers).toEqual([expect.objectContaining({ name: "Sam Lee", show: "Statecraft", role: "guest" })]);
  });
});
