import type { TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { togglePin, withMoved, withPins } from "./pins";

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

describe("dragged nodes of a view", () => {
  it("go where the view left them, over the computed layout; unknown ids are dropped", () => {
    const layout = { name: "preset", positions: { a: { x: 0, y: 0 }, b: { x: 5, y: 5 } } };
    expect(withMoved(layout, { a: [10, -20], gone: [1, 1] })).toEqual({ name: "preset", positions: { a: { x: 10, y: -20 }, b: { x: 5, y: 5 } } });
    expect(withMoved(layout, {})).toBe(layout);
  });
});
