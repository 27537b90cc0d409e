import { afterEach, describe, expect, it, vi } from "vitest";
import type { Database } from "../db";
import type { CommunityInput } from "../repositories/communities";
import { createCommunityRefresher } from "./communityRefresher";

/**
 * A database that answers the refresher's operations by name: whether topics are stale, the topic
 * graph (when the test lets it go), and the store, which is recorded.
 */
function fakeDatabase(stale: boolean) {
  const calls: string[] = [];
  let releaseInput!: () => void;
  const inputReady = new Promise<void>((ready) => (releaseInput = ready));
  const input: CommunityInput = { topics: [{ slug: "compute", community: null }], links: [], readAt: 1 };
  const answers: Record<string, () => Promise<unknown>> = {
    communitiesStale: async () => stale,
    communityInput: async () => {
      await inputReady;
      return input;
    },
    storeCommunities: async () => undefined,
  };
  const answer = <T>(name: string) => {
    calls.push(name);
    return answers[name]!() as Promise<T>;
  };
  const db = { read: answer, write: answer } as unknown as Database;
  return { db, calls, releaseInput };
}

const settledWithin = async (promise: Promise<void>, ms: number) => {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
};

afterEach(() => {
  vi.useRealTimers();
});

describe("the community refresher", () => {
  it("lets a reader wait for a quick run, so a small graph's themes are current", async () => {
    vi.useFakeTimers();
    const { db, calls, releaseInput } = fakeDatabase(true);
    const refresher = createCommunityRefresher(db, async () => "v1");
    const reader = refresher.ensureFresh();
    expect(await settledWithin(reader, 100)).toBe(false);
    releaseInput();
    expect(await settledWithin(reader, 0)).toBe(true);
    expect(calls).toEqual(["communitiesStale", "communityInput", "storeCommunities"]);
  });

  it("serves a reader after two seconds of a slow run, and later readers at once", async () => {
    vi.useFakeTimers();
    const { db, calls, releaseInput } = fakeDatabase(true);
    const refresher = createCommunityRefresher(db, async () => "v1");
    const first = refresher.ensureFresh();
    expect(await settledWithin(first, 1_900)).toBe(false);
    expect(await settledWithin(first, 200)).toBe(true);
    expect(calls).not.toContain("storeCommunities");
    expect(await settledWithin(refresher.ensureFresh(), 0)).toBe(true);
    releaseInput();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toContain("storeCommunities");
  });

  it("checks for stale topics once per graph version", async () => {
    const { db, calls } = fakeDatabase(false);
    let version = "v1";
    const refresher = createCommunityRefresher(db, async () => version);
    await refresher.ensureFresh();
    await refresher.ensureFresh();
    expect(calls).toEqual(["communitiesStale"]);
    version = "v2";
    await refresher.ensureFresh();
    expect(calls).toEqual(["communitiesStale", "communitiesStale"]);
  });
});
