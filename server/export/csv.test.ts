import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvColumns, guardCell, toCsv } from "./csv";
import { allItems, document } from "../testing/readingListFixture";

const rows = parse(toCsv(document), { columns: true }) as Record<(typeof csvColumns)[number], string>[];

describe("CSV export", () => {
  it("has a header and one row per item, in reading order", () => {
    expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
    expect(rows.map((row) => row.insight_id)).toEqual(allItems.map((item) => item.id));
    expect(rows.map((row) => [row.section, row.position, row.role])).toEqual([
      ["Sovereign AI and Open source", "1", "central"],
      ["Sovereign AI and Open source", "2", "extends"],
      ["Sovereign AI and Open source", "3", "contrasts"],
      ["Compute (and <chips>)", "1", "adds"],
    ]);
    expect(rows[0]).toMatchObject({ timestamp: "1:05", timestamp_end: "1:12", published: "2026-09-03", show: "Statecraft & Silicon", also_said_in: "50% of R&D: {braces} and $money_#1" });
  });

  it("keeps quotes, commas and newlines inside a cell", () => {
    expect(rows[0]!.quote).toBe("Most countries will adapt the best open models to their own data and run them on their own hardware.");
    expect(rows[1]!.insight).toContain('"http://evil.example","click"');
  });

  it("never lets a cell start a formula", () => {
    expect(rows[1]!.insight.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows[3]!.insight.startsWith("'-10%")).toBe(true);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("guards any text, whatever it starts with", () => {
    fc.assert(fc.property(fc.string(), (text) => !/^[=+\-@\t\r]/.test(guardCell(text))));
  });
});
