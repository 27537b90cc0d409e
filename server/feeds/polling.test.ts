import { describe, expect, it } from "vitest";
import { nextCheckAt } from "./polling";

const now = new Date("2026-12-01T10:00:00Z");
const minutesAfter = (date: Date) => (date.getTime() - now.getTime()) / 60_000;

describe("nextCheckAt", () => {
  it("waits the poll interval, jittered by up to 10% either way", () => {
    expect(minutesAfter(nextCheckAt(now, 60, 0, () => 0))).toBeCloseTo(54);
    expect(minutesAfter(nextCheckAt(now, 60, 0, () => 1))).toBeCloseTo(66);
  });
  it("doubles the wait for each failure in a row, up to a day", () => {
    expect(minutesAfter(nextCheckAt(now, 60, 1, () => 0.5))).toBeCloseTo(120);
    expect(minutesAfter(nextCheckAt(now, 60, 3, () => 0.5))).toBeCloseTo(480);
    expect(minutesAfter(nextCheckAt(now, 60, 50, () => 0.5))).toBeCloseTo(1440);
  });
});
