import { readingListSchemaName, type ListSource, type ReadingListDocument, type ReadingListItem } from "@shared/api/readingListDocument";
import type { Crux, CruxSide, SpeakerId } from "@shared/api/speakers";
import type { InsightId, SourceId, TopicSlug } from "@shared/ids";

/** Test data for the formatters: ordinary items and hostile ones (markup, formulas, bad urls). */

const id = (c: string) => c.repeat(32) as InsightId;
const sourceId = (c: string) => c.repeat(32) as SourceId;
const topic = (slug: string, name: string) => ({ slug: slug as TopicSlug, name });

export const podcast: ListSource = {
  id: sourceId("1"),
  title: "What sovereign AI means for middle powers",
  url: "https://example.org/statecraft/episodes/sovereign-ai_(middle-powers)",
  show: "Statecraft & Silicon",
  kind: "podcast-episode",
  publishedAt: "2026-09-03",
};

export const article: ListSource = {
  id: sourceId("2"),
  title: "50% of R&D: {braces} and $money_#1",
  url: "https://example.org/articles/r-and-d?x=1&y=2",
  show: null,
  kind: "article",
  publishedAt: "2025-01-15T10:00:00Z",
};

/** A source whose url must never be linked. */
export const hostile: ListSource = { id: sourceId("3"), title: "A <b>bold</b> note", url: "javascript:alert(1)", show: null, kind: "note", publishedAt: null };

const item = (overrides: Partial<ReadingListItem> & Pick<ReadingListItem, "id" | "text">): ReadingListItem => ({
  quote: null,
  startSec: null,
  endSec: null,
  timestampUrl: null,
  topics: [topic("sovereign-ai", "Sovereign AI")],
  source: null,
  speakers: [],
  role: "adds",
  respondsTo: null,
  strength: 0.5,
  alsoSaidIn: [],
  ...overrides,
});

export const items = {
  central: item({
    id: id("a"),
    text: "Most countries will adapt the best open models to their own data.",
    quote: "Most countries will adapt the best open models\nto their own data and run them on their own hardware.",
    startSec: 65,
    endSec: 72,
    timestampUrl: "https://example.org/statecraft/episodes/sovereign-ai_(middle-powers)#t=65",
    source: podcast,
    role: "central",
    strength: 1,
    topics: [topic("sovereign-ai", "Sovereign AI"), topic("open-source", "Open source")],
    alsoSaidIn: [{ id: id("f"), source: article }],
  }),
  extends: item({ id: id("b"), text: "=HYPERLINK(\"http://evil.example\",\"click\") is how *a* [claim](javascript:alert(1)) looks", source: article, role: "extends", respondsTo: id("a"), strength: 0.8 }),
  contrasts: item({ id: id("c"), text: "However, <script>alert('x')</script> & friends \u0001 still need compute.", source: hostile, role: "contrasts", respondsTo: id("a") }),
  alone: item({ id: id("d"), text: "-10% budgets @ministries mean +fewer models.", source: null, topics: [topic("compute", "Compute")] }),
};

export const document: ReadingListDocument = {
  schema: readingListSchemaName,
  title: "Reading list: Sovereign AI and Open source",
  topics: [topic("sovereign-ai", "Sovereign AI"), topic("open-source", "Open source")],
  theme: { topics: ["sovereign-ai" as TopicSlug, "open-source" as TopicSlug], q: null, from: null, to: null, sources: null, kinds: null, limit: 30 },
  generatedAt: "2026-11-25T08:00:00.000Z",
  method: "Strength = 0.6 × centrality + 0.4 × fit.",
  sections: [
    { title: "Sovereign AI and Open source", topics: [], items: [items.central, items.extends, items.contrasts] },
    { title: "Compute (and <chips>)", topics: [topic("compute", "Compute")], items: [items.alone] },
  ],
  voices: { items: 4, shows: 1, speakers: 0, topVoice: { name: "Statecraft & Silicon", kind: "show", items: 1, share: 0.25 }, note: null },
  cruxes: [],
  saved: null,
};

const speaker = (c: string, name: string) => ({ id: c.repeat(32) as SpeakerId, name, named: true });
const maya = speaker("1", "Maya Chen");
const sam = speaker("2", "Sam <Lee>");
const dana = speaker("3", "Dana Ruiz");

/** Who said a side, where and when; the source's fields from a list source. */
const said = (who: ReturnType<typeof speaker>, from: ListSource, startSec: number | null, endSec: number | null = null): CruxSide["said"][number] => ({
  speaker: who,
  source: { id: from.id, title: from.title, url: from.url, show: from.show, publishedAt: from.publishedAt },
  startSec,
  endSec,
});

/**
 * Two cruxes: Maya against Sam and Dana, with quotes and moments; and a claim with markup that Maya says
 * on both sides (she changed her mind), from a source whose url must never be linked.
 */
export const cruxes: readonly Crux[] = [
  {
    sides: [
      { id: id("a"), text: "Open models help small nations", quote: "they help\nsmall nations", said: [said(maya, podcast, 61, 70)] },
      { id: id("e"), text: "Open models harm small nations", quote: null, said: [said(sam, article, 90), said(dana, podcast, null)] },
    ],
    relationConfidence: 0.8,
    reason: "judges it the other way",
    changedMind: [],
  },
  {
    sides: [
      { id: id("9"), text: "Chips *matter* <script>alert(1)</script>", quote: "=SUM(A1)", said: [said(maya, hostile, 5)] },
      { id: id("8"), text: "+Chips [do not](javascript:alert(1)) matter", quote: null, said: [said(maya, podcast, 3725)] },
    ],
    relationConfidence: 0.7,
    reason: "",
    changedMind: [maya],
  },
];

/** The same list with its cruxes. */
export const documentWithCruxes: ReadingListDocument = { ...document, cruxes };

export const allItems = [items.central, items.extends, items.contrasts, items.alone];
