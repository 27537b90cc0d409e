import { describe, expect, it } from "vitest";
import { toBibtex } from "./bibtex";
import { toCslJson } from "./csl";
import { article, document, hostile, podcast } from "../testing/readingListFixture";

/** Entries of a BibTeX file as type, key and fields (values with their outer braces removed). */
function parseBibtex(text: string) {
  return [...text.matchAll(/@(\w+)\{([^,]+),\n([\s\S]*?)\n\}/g)].map(([, type, key, body]) => ({
    type,
    key,
    fields: Object.fromEntries([...body!.matchAll(/^ {2}(\w+) = (?:\{(.*)\}|(\w+)),?$/gm)].map(([, name, braced, bare]) => [name, braced ?? bare])),
  }));
}

describe("BibTeX export", () => {
  const entries = parseBibtex(toBibtex(document));

  it("has one entry per cited source, duplicates' sources included, with unique keys", () => {
    expect(entries.map((entry) => entry.fields.title)).toEqual([podcast.title, "50\\% of R\\&D: \\{braces\\} and \\$money\\_\\#1", "A <b>bold</b> note"]);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(3);
    expect(entries.every((entry) => entry.type === "misc" && /^[a-z][a-z0-9]*$/.test(entry.key!))).toBe(true);
  });

  it("has the title, publisher, year, month, url and kind of each source", () => {
    expect(entries[0]!.fields).toEqual({
      title: podcast.title,
      howpublished: "Statecraft \\& Silicon",
      year: "2026",
      month: "sep",
      url: podcast.url,
      note: "Podcast episode",
    });
    expect(entries[1]!.fields).toMatchObject({ year: "2025", month: "jan", url: article.url });
    expect(entries[2]!.fields.url).toBeUndefined();
  });
});

describe("CSL-JSON export", () => {
  const items = JSON.parse(toCslJson(document)) as Record<string, unknown>[];

  it("has one item per cited source with CSL's field names", () => {
    expect(items.map((item) => item.id)).toEqual([podcast.id, article.id, hostile.id]);
    expect(items[0]).toEqual({
      id: podcast.id,
      type: "broadcast",
      title: podcast.title,
      "container-title": "Statecraft & Silicon",
      genre: "Podcast episode",
      medium: "Audio",
      URL: podcast.url,
      issued: { "date-parts": [[2026, 9, 3]] },
    });
    expect(items[2]).not.toHaveProperty("URL");
  });
});
