import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { Database } from "../db";
import { createVersionReader } from "./versionReader";

/** A database whose version read is counted, with a write count the test moves by hand. */
function fakeDatabase(options: { countsWrites: boolean }) {
  const state = { reads: 0, writes: 0, version: "v1" };
  const db = {
    read: async () => {
      state.reads += 1;
      return state.version;
    },
    ...(options.countsWrites && { committedWrites: () => state.writes }),
  } as unknown as Database;
  return { db, state };
}

describe("the graph version reader", () => {
  it("reuses a read while this process wrote nothing and it is young, and reads again after a write of its own", async () => {
    const { db, state } = fakeDatabase({ countsWrites: true });
    const version = createVersionReader(db, 60_000);
    expect([await version(), await version(), await version()]).toEqual(["v1", "v1", "v1"]);
    expect(state.reads).toBe(1);
    state.version = "v2";
    state.writes += 1;
    expect(await version()).toBe("v2");
    expect(state.reads).toBe(2);
  });

  it("reads again once its answer is older than the age allowed (another server may have written)", async () => {
    const { db, state } = fakeDatabase({ countsWrites: true });
    const version = createVersionReader(db, 20);
    await version();
    state.version = "v2";
    expect(await version()).toBe("v1");
    await sleep(30);
    expect(await version()).toBe("v2");
    expect(state.reads).toBe(2);
  });

  it("reads every time from a database that does not count its writes, sharing only a read under way", async () => {
    const { db, state } = fakeDatabase({ countsWrites: false });
    const version = createVersionReader(db, 60_000);
    await version();
    await version();
    expect(state.reads).toBe(2);
    await Promise.all([version(), version(), version()]);
    expect(state.reads).toBe(3);
  });
});
