import { MapView, ViewScene } from "@shared/api/views";
import { describe, expect, it } from "vitest";
import { decodeExtras, encodeExtras, viewAddress, viewFromSearch, viewToSearch } from "./viewAddress";

const view = MapView.parse({
  topic: "sovereign-ai",
  filter: "open",
  minWeight: 0.25,
  theme: 2,
  limit: 500,
  pinned: ["sovereign-ai", "compute"],
  moved: { compute: [120.04, -40.96] },
  zoom: 1.23456,
  pan: [300.04, 210],
});

describe("a view as an address", () => {
  it("round-trips through the URL, rounding places and zoom", () => {
    const search = viewToSearch(view);
    expect(search.get("topic")).toBe("sovereign-ai");
    const { view: back, problem } = viewFromSearch(new URLSearchParams(search.toString()));
    expect(problem).toBeNull();
    expect(back).toEqual({ ...view, moved: { compute: [120, -41] }, zoom: 1.235, pan: [300, 210] });
  });

  it("adds no view parameter when there is nothing beyond the map's own state", () => {
    expect(encodeExtras(MapView.parse({}))).toBeNull();
    expect(viewToSearch(MapView.parse({ topic: "compute" })).toString()).toBe("topic=compute");
  });

  it("stays short: fifty pins and a hundred moved topics fit in a URL", () => {
    const pinned = Array.from({ length: 50 }, (_, i) => `topic-number-${i}`);
    const moved = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`topic-number-${i}`, [i * 13.37, -i * 7.1]]));
    const text = encodeExtras(MapView.parse({ pinned, moved, zoom: 0.8, pan: [10, 20] }))!;
    expect(text.length).toBeLessThan(8_000);
    expect(decodeExtras(text).extras.pinned).toHaveLength(50);
  });

  it("says what is wrong with a damaged or made-up view and opens the map without it", () => {
    const cut = decodeExtras(encodeExtras(view)!.slice(0, 20));
    expect(cut.problem).toMatch(/damaged/);
    expect(cut.extras.pinned).toEqual([]);
    const madeUp = btoa(JSON.stringify({ p: ["Not A Slug"] }));
    expect(decodeExtras(madeUp).problem).toMatch(/^This link's saved view can't be used \(pinned\.0: not a topic slug or an insight id\)/);
    expect(decodeExtras(btoa(JSON.stringify({ z: [999, 0, 0] }))).problem).toMatch(/zoom/);
    expect(decodeExtras(btoa(JSON.stringify({ q: 1 }))).problem).toMatch(/can't be used/);
    const { view: opened, problem } = viewFromSearch(new URLSearchParams("topic=compute&view=%%%"));
    expect(problem).toMatch(/damaged/);
    expect(opened.topic).toBe("compute");
  });

  it("keeps a theme page's scene in its path, with its timeline range and insight pins", () => {
    const scene = ViewScene.parse({ kind: "theme", slug: "sovereign-ai" });
    const insight = "a1b2c3d4e5f60718";
    const theme = MapView.parse({ scene, range: { from: "2025-10", to: "2026-02" }, pinned: [insight], moved: { [insight]: [5, 6] }, zoom: 2, pan: [1, 2] });
    const address = viewAddress(theme);
    expect(address).toMatch(/^\/topics\/sovereign-ai\?from=2025-10&to=2026-02&view=/);
    const { view: back, problem } = viewFromSearch(new URLSearchParams(address.split("?")[1]), scene);
    expect(problem).toBeNull();
    expect(back).toEqual(theme);
    // The map's own parameters mean nothing on a theme page, and a theme's range nothing on the map.
    expect(viewFromSearch(new URLSearchParams("topic=compute&from=2025-10"), scene).view).toMatchObject({ topic: null, range: { from: "2025-10", to: "2025-10" } });
    expect(viewFromSearch(new URLSearchParams("from=2025-10")).view).toMatchObject({ scene: { kind: "map" }, range: null });
    expect(viewAddress(MapView.parse({ scene }))).toBe("/topics/sovereign-ai");
  });

  it("reads a state saved before scenes existed as a view of the map", () => {
    const old = { topic: "compute", filter: "", minWeight: 0, theme: null, limit: 150, pinned: ["compute"], moved: {}, zoom: 1.5, pan: [0, 0] };
    const state = MapView.parse(old);
    expect(state).toEqual({ ...old, scene: { kind: "map" }, range: null });
    expect(viewAddress(state)).toMatch(/^\/\?topic=compute&view=/);
    expect(MapView.safeParse({ ...old, scene: { kind: "theme" } }).success).toBe(false);
    expect(MapView.safeParse({ ...old, scene: { kind: "atlas" } }).success).toBe(false);
  });
});
