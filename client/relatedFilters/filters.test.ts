import type { InsightId, TopicSlug } from "@shared/ids";
import type { RelatedInsight } from "@shared/schemas/entities";
import { describe, expect, it } from "vitest";
import { anyFilter, applyUnseen, filtersFromSearch, noFilters, searchWithFilters, serverQuery } from "./filters";

const item = (id: string): RelatedInsight => ({ id: id as InsightId, text: id, score: 0.5, sharedTopics: [] as TopicSlug[], reason: "r" });

describe("related filters in the URL", () => {
  it("round-trips through the search string and keeps other parameters", () => {
    const filters = { ...noFilters, minScore: 0.5, otherShows: true, unseen: true };
    const search = searchWithFilters(new URLSearchParams("connect=abc"), filters);
    expect(search.toString()).toBe("connect=abc&minScore=0.5&otherShows=1&unseen=1");
    expect(filtersFromSearch(search)).toEqual(filters);
    expect(searchWithFilters(search, noFilters).toString()).toBe("connect=abc");
  });

  it("treats junk as off", () => {
    expect(filtersFromSearch(new URLSearchParams("minScore=lots&otherShows=yes"))).toEqual(noFilters);
    expect(filtersFromSearch(new URLSearchParams("minScore=7"))).toEqual(noFilters);
    expect(anyFilter(noFilters)).toBe(false);
  });

  it("sends only the server's filters to the API", () => {
    expect(serverQuery({ ...noFilters, unseen: true, excludeSource: true })).toEqual({ excludeSource: "1" });
  });
});

describe("applyUnseen", () => {
  it("drops insights on the trail and says so when nothing is left", () => {
    const related = [item("a"), item("b")];
    expect(applyUnseen(related, { ...noFilters, unseen: true }, new Set(["a"]), null).related.map((r) => r.id)).toEqual(["b"]);
    const all = applyUnseen(related, { ...noFilters, unseen: true }, new Set(["a", "b"]), null);
    expect(all.related).toEqual([]);
    expect(all.message).toMatch(/seen all 2 related insights/);
  });

  it("passes the server's sentence on, and leaves the list alone when the filter is off", () => {
    expect(applyUnseen([], noFilters, new Set(), "The filters hide all 3").message).toBe("The filters hide all 3");
    expect(applyUnseen([item("a")], noFilters, new Set(["a"]), null).related).toHaveLength(1);
  });
});
