import type { TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { togglePin, withPins } from "./pins";

describe("pinned topics", () => {
  it("mark their nodes, unfaded, and leave unknown ids and other nodes alone", () => {
    const classes = new Map([["a", "faded"], ["b", "selected"], ["c", ""]]);
    const pinned = withPins(classes, ["a", "b", "missing"]);
    expect([...pinned]).toEqual([["a", "pinned"], ["b", "selected pinned"], ["c", ""]]);
    expect(withPins(classes, [])).toBe(classes);
  });

  it("toggle, newest last", () => {
    const pins = togglePin(["a"] as TopicSlug[], "b" as TopicSlug);
    expect(pins).toEqual(["a", "b"]);
    expect(togglePin(pins, "a" as TopicSlug)).toEqual(["b"]);
  });
});
