import { describe, expect, it } from "vitest";
import { countOf, formatTimestamp, safeHttpUrl } from "./format";

describe("countOf", () => {
  it("uses the singular only for one", () => {
    expect([0, 1, 2].map((n) => countOf(n, "insight"))).toEqual(["0 insights", "1 insight", "2 insights"]);
  });
});

describe("formatTimestamp", () => {
  it("shows minutes and seconds, and hours only when needed", () => {
    expect(formatTimestamp(5)).toBe("0:05");
    expect(formatTimestamp(751.9)).toBe("12:31");
    expect(formatTimestamp(3729)).toBe("1:02:09");
  });
});

describe("safeHttpUrl", () => {
  it("keeps http and https links", () => {
    expect(safeHttpUrl("https://example.com/ep/12?t=3")).toBe("https://example.com/ep/12?t=3");
    expect(safeHttpUrl("http://example.com")).toBe("http://example.com/");
  });

  it("refuses scripts, other schemes, junk and nothing", () => {
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,hi")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
