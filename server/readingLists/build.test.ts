import type { Theme } from "@shared/api/readingListDocument";
import type { InsightId, TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { cruxes } from "../testing/readingListFixture";
import { buildReadingList } from "./build";
import type { CandidateInsight, InsightLink, ThemeCandidates, ThemeTopic } from "../repositories/themeRows";

const slug = (value: string) => value as TopicSlug;
const id = (letter: string) => letter.repeat(32) as InsightId;

const topicNames: Record<string, string> = {
  "sovereign-ai": "Sovereign AI",
  "fine-tuning": "Fine-tuning",
  compute: "Compute",
  "export-controls": "Export controls",
  "national-security": "National security",
};

function insight(letter: string, text: string, topics: Record<string, number>): CandidateInsight {
  return {
    id: id(letter),
    text,
    quote: null,
    startSec: null,
    endSec: null,
    topics: Object.entries(topics).map(([s, weight]) => ({ slug: slug(s), name: topicNames[s]!, weight })),
    source: null,
    speakers: [],
    day: "2026-09-01",
    fit: topics["sovereign-ai"] ?? 0,
  };
}

const link = (a: string, b: string, score: number): InsightLink => ({ a: id(a), b: id(b), score });

/**
 * A hand-made theme: "sovereign AI" with two sub-themes that never meet (adapting models on one's
 * own compute; export controls and national security), a claim about the theme alone, and a
 * restatement of the strongest claim.
 */
const insights = [
  insight("a", "Most countries will adapt the best open models to their own data rather than train frontier models.", { "sovereign-ai": 1, "fine-tuning": 0.8 }),
  insight("b", "Fine-tuning a small open model on local hospital records costs a fraction of training one.", { "sovereign-ai": 0.7, "fine-tuning": 1, compute: 0.5 }),
  insight("c", "However, adapting models still needs domestic compute that few countries actually own.", { "sovereign-ai": 0.8, compute: 1 }),
  insight("d", "Export controls on advanced chips turn compute supply into a lever of foreign policy.", { "sovereign-ai": 0.6, "export-controls": 1, "national-security": 0.6 }),
  insight("e", "National security agencies will insist on models whose weights they can audit themselves.", { "sovereign-ai": 0.7, "national-security": 1 }),
  insight("f", "Most countries will adapt the best open models to their own data, rather than train frontier models themselves.", { "sovereign-ai": 0.9, "fine-tuning": 0.8 }),
  insight("g", "Sovereign AI means keeping the ability to act when a foreign supplier changes its terms.", { "sovereign-ai": 1 }),
];

const topic = (s: string, community: string | null = null): ThemeTopic => ({ slug: slug(s), name: topicNames[s]!, community });

function candidates(communities: Record<string, string> = {}): ThemeCandidates {
  const sub = ["fine-tuning", "compute", "export-controls", "national-security"];
  return {
    themeTopics: [topic("sovereign-ai")],
    insights,
    links: [link("a", "b", 0.8), link("a", "c", 0.6), link("b", "c", 0.3), link("d", "e", 0.7), link("g", "a", 0.4), link("a", "f", 0.9)],
    topics: sub.map((s) => topic(s, communities[s] ?? null)),
    topicLinks: [
      { a: slug("compute"), b: slug("fine-tuning"), weight: 0.5 },
      { a: slug("export-controls"), b: slug("national-security"), weight: 0.6 },
      { a: slug("compute"), b: slug("export-controls"), weight: 0.05 },
    ],
  };
}

const theme: Theme = { topics: [slug("sovereign-ai")], q: null, from: null, to: null, sources: null, kinds: null, limit: 30 };
const now = new Date("2026-11-25T08:00:00Z");
const ids = (section: { items: readonly { id: string }[] }) => section.items.map((item) => item.id[0]);

describe("buildReadingList", () => {
  const list = buildReadingList(candidates(), [], theme, now);

  it("folds a restatement into the strongest wording of the claim", () => {
    const all = list.sections.flatMap((section) => section.items);
    expect(all.map((item) => item.id)).not.toContain(id("f"));
    expect(all.find((item) => item.id === id("a"))?.alsoSaidIn.map((d) => d.id)).toEqual([id("f")]);
  });

  it("groups by neighbouring topics, the theme's own claims first", () => {
    expect(list.sections.map((section) => section.title)).toEqual(["Sovereign AI", "Fine-tuning · Compute", "National security · Export controls"]);
    expect(list.sections.map(ids)).toEqual([["g"], ["a", "b", "c"], ["e", "d"]]);
  });

  it("opens each section with its central claim, then what extends it, then what contrasts it", () => {
    const [, adapting, security] = list.sections;
    expect(adapting!.items.map((item) => [item.id[0], item.role, item.respondsTo?.[0] ?? null])).toEqual([
      ["a", "central", null],
      ["b", "extends", "a"],
      ["c", "contrasts", "a"],
    ]);
    expect(security!.items.map((item) => item.role)).toEqual(["central", "extends"]);
  });

  it("ranks the most connected claim of the theme strongest", () => {
    const all = list.sections.flatMap((section) => section.items);
    const strongest = [...all].sort((x, y) => y.strength - x.strength)[0];
    expect(strongest?.id).toBe(id("a"));
    // a: centrality 1 (0.8 + 0.6 + 0.4 + 0.9 = 2.7, the most) and fit 1.
    expect(strongest?.strength).toBe(1);
  });

  it("keeps to the limit, strongest first, after folding", () => {
    const short = buildReadingList(candidates(), [], { ...theme, limit: 3 }, now);
    expect(short.sections.flatMap(ids).sort()).toEqual(["a", "b", "c"]);
  });

  it("groups by topic community when communities are computed", () => {
    // Communities cut across the co-occurrence: compute sits with export controls here.
    const byCommunity = buildReadingList(
      candidates({ "fine-tuning": "1", compute: "2", "export-controls": "2", "national-security": "2" }),
      [],
      theme,
      now,
    );
    expect(byCommunity.sections.map(ids)).toEqual([["g"], ["a", "b"], ["e", "d", "c"]]);
    // c is related to nothing in its new section: it stands on its own, after the linked claims.
    expect(byCommunity.sections[2]!.items.map((item) => item.role)).toEqual(["central", "extends", "adds"]);
  });

  it("carries the theme's cruxes as read, none when there are none", () => {
    expect(list.cruxes).toEqual([]);
    expect(buildReadingList(candidates(), cruxes, theme, now).cruxes).toEqual(cruxes);
  });

  it("states its method and theme, and is the same list for the same graph", () => {
    expect(list.title).toBe("Reading list: Sovereign AI");
    expect(list.method).toMatch(/0\.6 × centrality/);
    expect(buildReadingList(candidates(), [], theme, now)).toEqual(list);
  });
});
