import { describe, expect, it } from "vitest";
import type { Database } from "../db";
import { laterDatabase } from "./laterDatabase";

describe("laterDatabase", () => {
  it("waits for the database being opened", async () => {
    let open!: (db: Database) => void;
    const db = laterDatabase(new Promise((resolve) => (open = resolve)));
    const reading = db.read("test", async () => "read");
    open({ read: (_name, work) => work({} as never) } as Database);
    expect(await reading).toBe("read");
  });

  it("answers every call with the failure to open, without an unhandled rejection", async () => {
    const db = laterDatabase(Promise.reject(new Error("the store is in use by another Neo4j")));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(db.read("test", async () => 1)).rejects.toThrow(/store is in use/);
    await expect(db.ping()).rejects.toThrow(/store is in use/);
  });

  it("counts committed writes once open, so cached pages can skip the version read", async () => {
    let open!: (db: Database) => void;
    const db = laterDatabase(new Promise((resolve) => (open = resolve)));
    expect(db.committedWrites?.()).toBeUndefined();
    open({ committedWrites: () => 3 } as Database);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(db.committedWrites?.()).toBe(3);
  });
});
