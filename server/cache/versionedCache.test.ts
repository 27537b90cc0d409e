import { describe, expect, it } from "vitest";
import { createVersionedCache } from "./versionedCache";

/** A graph version the test moves by hand, and a loader that counts its calls. */
function setup(maxEntries?: number) {
  const graph = { version: "v1" };
  const cache = createVersionedCache(async () => graph.version, maxEntries);
  let loads = 0;
  return { graph, cache, load: async () => ++loads };
}

describe("the versioned read cache", () => {
  it("answers from memory until the graph version changes, then loads again", async () => {
    const { graph, cache, load } = setup();
    expect(await cache.get("map", load)).toBe(1);
    expect(await cache.get("map", load)).toBe(1);
    graph.version = "v2";
    expect(await cache.get("map", load)).toBe(2);
    expect(await cache.get("map", load)).toBe(2);
  });

  it("keeps one answer per key", async () => {
    const { cache, load } = setup();
    expect([await cache.get("a", load), await cache.get("b", load), await cache.get("a", load)]).toEqual([1, 2, 1]);
  });

  it("keeps at most the given number of answers, dropping the least recently used", async () => {
    const { cache, load } = setup(2);
    await cache.get("a", load);
    await cache.get("b", load);
    await cache.get("a", load); // a is now the most recently used
    await cache.get("c", load); // evicts b
    expect(await cache.get("a", load)).toBe(1);
    expect(await cache.get("b", load)).toBe(4);
  });

  it("shares one load among readers that arrive while it runs, and forgets a failed one", async () => {
    const { cache } = setup();
    let loads = 0;
    const slow = () => new Promise<number>((done) => setTimeout(() => done(++loads), 10));
    expect(await Promise.all([cache.get("map", slow), cache.get("map", slow), cache.get("map", slow)])).toEqual([1, 1, 1]);
    const failing = () => Promise.reject(new Error("Neo4j went away"));
    await expect(cache.get("other", failing)).rejects.toThrow("Neo4j went away");
    expect(await cache.get("other", async () => "loaded")).toBe("loaded");
  });
});
