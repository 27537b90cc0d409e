import type { SourceId } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { createIngestsInFlight } from "./ingestsInFlight";

const a = "a".repeat(32) as SourceId;
const b = "b".repeat(32) as SourceId;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("ingests in flight", () => {
  it("marks the sources while the work runs, and clears them when it ends, failed or not", async () => {
    const inFlight = createIngestsInFlight();
    const gate = deferred();
    const work = inFlight.track([a], () => gate.promise);
    expect(inFlight.isIngesting(a)).toBe(true);
    expect(inFlight.isIngesting(b)).toBe(false);
    gate.resolve();
    await work;
    expect(inFlight.isIngesting(a)).toBe(false);
    await expect(inFlight.track([a], () => Promise.reject(new Error("bad file")))).rejects.toThrow("bad file");
    expect(inFlight.isIngesting(a)).toBe(false);
  });

  it("waits for a running ingest, or gives up after the timeout", async () => {
    const inFlight = createIngestsInFlight();
    const gate = deferred();
    void inFlight.track([a], () => gate.promise);
    expect(await inFlight.settled(a, 20)).toBe(false);
    const waiting = inFlight.settled(a, 5_000);
    gate.resolve();
    expect(await waiting).toBe(true);
    expect(await inFlight.settled(b, 0)).toBe(true);
  });
});
