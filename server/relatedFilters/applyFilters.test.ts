import type { InsightId, TopicSlug } from "@shared/ids";
import type { RelatedInsight } from "@shared/schemas/entities";
import { describe, expect, it } from "vitest";
import { applyRelatedFilters, hasFilters, type Provenance } from "./applyFilters";

const item = (id: string, score: number): RelatedInsight => ({ id: id as InsightId, text: id, score, sharedTopics: [] as TopicSlug[], reason: "r" });
const from = (source: string, show: string | null, speaker: string | null): Provenance => ({
  sources: [source],
  shows: show ? [show] : [],
  speakers: speaker ? [speaker] : [],
});

const anchor = from("s1", "Hard Fork", "Ann");
const related = [item("same-source", 0.9), item("same-show", 0.8), item("same-speaker", 0.7), item("elsewhere", 0.6), item("weak", 0.2)];
const provenance = new Map<string, Provenance>([
  ["same-source", from("s1", "Hard Fork", "Bob")],
  ["same-show", from("s2", "hard fork ", "Bob")],
  ["same-speaker", from("s3", "Other Show", "ann")],
  ["elsewhere", from("s4", null, null)],
  ["weak", from("s5", "Third", "Cy")],
]);
const ids = (list: readonly RelatedInsight[]) => list.map((entry) => entry.id);

describe("applyRelatedFilters", () => {
  it("keeps the list in order without filters", () => {
    expect(ids(applyRelatedFilters(related, anchor, provenance, {}, 10).related)).toEqual(ids(related));
    expect(hasFilters({ otherShows: false })).toBe(false);
  });

  it("drops weak links under minScore and says how many", () => {
    const { related: kept, filtered } = applyRelatedFilters(related, anchor, provenance, { minScore: 0.5 }, 10);
    expect(ids(kept)).not.toContain("weak");
    expect(filtered.hidden.minScore).toBe(1);
    expect(filtered.message).toBeNull();
  });

  it("treats shows and speakers as the same whatever their case and spacing", () => {
    expect(ids(applyRelatedFilters(related, anchor, provenance, { otherShows: true }, 10).related)).toEqual(["same-speaker", "elsewhere", "weak"]);
    expect(ids(applyRelatedFilters(related, anchor, provenance, { otherSpeakers: true }, 10).related)).toEqual(["same-source", "same-show", "elsewhere", "weak"]);
    expect(ids(applyRelatedFilters(related, anchor, provenance, { excludeSource: true }, 10).related)).not.toContain("same-source");
  });

  it("keeps at most limit after filtering", () => {
    expect(ids(applyRelatedFilters(related, anchor, provenance, { excludeSource: true }, 2).related)).toEqual(["same-show", "same-speaker"]);
  });

  it("says in words why everything is hidden", () => {
    const { related: kept, filtered } = applyRelatedFilters(related, anchor, provenance, { minScore: 0.95, otherShows: true }, 10);
    expect(kept).toEqual([]);
    expect(filtered.message).toBe("The filters hide all 5 related insights: 5 score below 0.95. Loosen a filter to see them.");
    const mixed = applyRelatedFilters(related.slice(0, 2), anchor, provenance, { excludeSource: true, otherShows: true }, 10);
    expect(mixed.filtered.message).toContain("1 comes from the same source, 1 comes from the same show");
  });
});
