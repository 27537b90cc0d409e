import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../testing/reliabilityLog";
import type { Database } from "../db";
import { createTestApp, type PrivateNeo4j, startPrivateNeo4j } from "../testing/harness";
import { backupGraph } from "./backup";
import { BackupFileError } from "./readBackup";
import { RestoreRefusedError, restoreGraph } from "./restore";

const run = promisify(execFile);
const log = reliabilityLog("backup");
let neo4j: PrivateNeo4j;
let home: string;
let db: Database;

// A Neo4j of this file's own: restoring with --replace empties the database.
beforeAll(async () => {
  neo4j = await startPrivateNeo4j("backup");
  ({ home, db } = neo4j);
});

afterAll(async () => {
  log.save();
  await neo4j?.close();
});

/** Every node and relationship as text, with each property's Cypher type: equal graphs give equal lists. */
async function fingerprint(): Promise<{ nodes: string[]; relationships: string[] }> {
  const text = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(text) : typeof value === "object" && value !== null ? String(value) : Number.isNaN(value) ? "NaN" : value;
  const canonical = (labels: string[], props: [string, string, unknown][]) =>
    JSON.stringify([[...labels].sort(), props.map(([k, t, v]) => [k, t, text(v)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))]);
  return db.read("fingerprint", async (tx) => {
    const nodes = await tx.run("MATCH (n) RETURN labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props");
    const rels = await tx.run(
      `MATCH (a)-[r]->(b)
       RETURN labels(a) AS al, [k IN keys(a) | [k, valueType(a[k]), a[k]]] AS ap, type(r) AS type,
              [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS rp, labels(b) AS bl, [k IN keys(b) | [k, valueType(b[k]), b[k]]] AS bp`,
    );
    return {
      nodes: nodes.records.map((r) => canonical(r.get("labels"), r.get("props"))).sort(),
      relationships: rels.records
        .map((r) => `${canonical(r.get("al"), r.get("ap"))} -${r.get("type")}${canonical([], r.get("rp"))}-> ${canonical(r.get("bl"), r.get("bp"))}`)
        .sort(),
    };
  });
}

const bigInteger = (): Promise<string> =>
  db.read("big", async (tx) => (await tx.run("MATCH (p:Probe) RETURN toString(p.big) AS big")).records[0]?.get("big"));

async function populate(): Promise<{ insightId: string; sourceId: string }> {
  const app = createTestApp(db);
  const created = await request(app)
    .post("/api/insights")
    .send({
      insights: [
        { text: "Nations adapt open models to their own data.", topics: ["sovereign AI", "open source"], source: { title: "Ep. 1", url: "https://example.org/1" } },
        { text: "Vendor lock-in is a national-security risk.", topics: ["vendor lock-in", "sovereign AI"], quote: 'He said: "lock-in"\nand left.' },
      ],
    })
    .expect(201);
  const episode = await request(app)
    .post("/api/sources")
    .send({ title: "Ep. 2", text: "Guest: Fine-tuning open-source models on local data is far cheaper than pretraining frontier models.\nGuest: Governments that rely on one foreign API accept a lock-in that can be switched off." })
    .expect(201);
  // Labels another issue adds (reading lists, profiles, follows) and every property type Neo4j stores.
  await db.write("probe", (tx) =>
    tx.run(
      `CREATE (l:ReadingList {id: 'rl1', title: 'Sovereign AI', topics: ['sovereign-ai', 'open-source'], createdAt: datetime('2026-03-01T10:00:00.123456789+01:00[Europe/Berlin]')})
       CREATE (p:Profile {id: 'me', follows: []})-[:FOLLOWS {since: date('2026-01-02'), weight: 0.5}]->(:Topic {slug: 'backup-probe-topic', name: 'Probe', insightCount: 0, aliases: []})
       CREATE (p)-[:OWNS]->(l)
       CREATE (x:Probe:Extra {big: 9007199254740993, negative: -42, float: 1.0, nan: 0.0/0.0, inf: 1.0/0.0, ints: [1, 2, 3], floats: [0.5, 1.0],
                              flags: [true, false], local: localdatetime('2026-01-02T03:04:05'), at: time('10:11:12+02:00'), lt: localtime('23:59:59.5'),
                              span: duration('P1Y2M3DT4H5M6.007S'), days: [date('2026-01-01'), date('2026-12-31')], text: 'zero\u200bwidth <script>"quoted"</script>'})
       CREATE (x)-[:PROBES {at: datetime('2026-05-05T05:05:05Z'), counts: [7, 8]}]->(x)
       CREATE ()-[:UNLABELLED_LINK]->(l)`,
    ),
  );
  return { insightId: created.body.insights[0].id, sourceId: episode.body.source.id };
}

describe("backup and restore", () => {
  // Two tsx start-ups and a re-ingest: well past the default on a loaded machine.
  it("round-trips the whole graph exactly, through the commands a person runs", { timeout: 240_000 }, async () => {
    const { insightId, sourceId } = await populate();
    const app = createTestApp(db);
    // The copy a re-ingest reads is a property of the source, so the graph's fingerprint covers it.
    expect((await request(app).get("/api/sources").query({ q: "Ep. 2" }).expect(200)).body.sources[0]).toMatchObject({ id: sourceId, reingest: "stored" });
    const before = { graph: await fingerprint(), insight: (await request(app).get(`/api/insights/${insightId}`).expect(200)).body };
    const file = join(home, "graph.json");
    const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: "neo4j" };

    let started = Date.now();
    const backup = await run(process.execPath, ["--import", "tsx", "scripts/backup.ts", "--out", file, "--page", "7"], { env });
    const backupMs = Date.now() - started;
    expect(backup.stdout).toMatch(new RegExp(`backup: ${before.graph.nodes.length} nodes and ${before.graph.relationships.length} relationships`));
    expect(JSON.parse(await readFile(file, "utf8")).counts).toEqual({ nodes: before.graph.nodes.length, relationships: before.graph.relationships.length });

    started = Date.now();
    const restore = await run(process.execPath, ["--import", "tsx", "scripts/restore.ts", file, "--replace", "--page", "5"], { env });
    const restoreMs = Date.now() - started;
    expect(restore.stdout).toContain("restore: deleting the");

    const after = { graph: await fingerprint(), insight: (await request(app).get(`/api/insights/${insightId}`).expect(200)).body };
    expect(after.graph).toEqual(before.graph);
    expect(after.insight).toEqual(before.insight);
    expect(await bigInteger()).toBe("9007199254740993");
    const again = await request(app).post(`/api/sources/${sourceId}/reingest`).expect(200);
    expect(again.body).toMatchObject({ readFrom: "stored", new: 0, removed: 0 });
    expect(again.body.alreadyPresent).toBeGreaterThan(0);
    const labels = new Set(before.graph.nodes.flatMap((n) => JSON.parse(n)[0] as string[]));
    log.record({
      area: "backup",
      tried: `npm run backup / npm run restore -- --replace on ${before.graph.nodes.length} nodes, ${before.graph.relationships.length} relationships, labels ${[...labels].sort().join(", ")}, every property type`,
      happened: `identical graph after restore (types included); backup ${backupMs} ms, restore ${restoreMs} ms (both including tsx start-up)`,
      passed: true,
    });
  });

  it("refuses to restore over data without --replace, and changes nothing", async () => {
    const file = join(home, "refuse.json");
    await backupGraph(db, "neo4j", file);
    const before = await fingerprint();
    await expect(restoreGraph(db, file)).rejects.toThrow(RestoreRefusedError);
    expect(await fingerprint()).toEqual(before);
    log.record({ area: "backup", tried: "restore into a graph that holds data, without --replace", happened: "refused with a message; graph unchanged", passed: true });
  });

  it.each([
    ["a file cut short", (text: string) => text.slice(0, Math.floor(text.length * 0.6))],
    ["a label smuggling Cypher", (text: string) => text.replace('"labels":["Probe"', '"labels":["Probe`) DETACH DELETE (x) //"')],
    ["a relationship to a missing node", (text: string) => text.replace(/"start":"[^"]+"/, '"start":"4:nowhere:1"')],
    ["counts that do not match", (text: string) => text.replace(/"counts":\{"nodes":\d+/, '"counts":{"nodes":1')],
    ["a property of an unknown type", (text: string) => text.replace(/"\$type":"DATE"/, '"$type":"POINT"')],
  ])("refuses %s before writing anything", async (name, corrupt) => {
    const good = join(home, "good.json");
    await backupGraph(db, "neo4j", good, { pageSize: 4 });
    const bad = join(home, "bad.json");
    const original = await readFile(good, "utf8");
    const corrupted = corrupt(original);
    expect(corrupted).not.toBe(original);
    await writeFile(bad, corrupted);
    const before = await fingerprint();
    const error = await restoreGraph(db, bad, { replace: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupFileError);
    expect(await fingerprint()).toEqual(before);
    log.record({ area: "backup", tried: `restore --replace from ${name}`, happened: `refused (${(error as Error).message.replace(bad, "file").slice(0, 80)}); graph unchanged`, passed: true });
  });
});
