import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { buildInsight, connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

/**
 * The MCP server as a client starts it: `npm run --silent mcp` over stdio, driven by the SDK's own
 * client, against the run's real Neo4j. Any stray line on stdout would break these calls.
 */
const db = connectTestDatabase();
const app = createTestApp(db);
const tag = uniqueTag();
const ids: string[] = [];
const stderr: string[] = [];

async function startClient(extraEnv: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: "npm",
    args: ["run", "--silent", "mcp"],
    cwd: process.cwd(),
    env: { NEO4J_URI: inject("neo4jUri"), EMBEDDINGS: "none", SAMPLE_DATA: "0", PORT: "3999", ...extraEnv },
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const client = new Client({ name: "insight-graph-test", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

/** A tool's JSON answer, failing the test with the tool's own message if it was an error. */
async function call<T>(client: Client, name: string, args: Record<string, unknown>): Promise<T> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((part) => (part.type === "text" ? part.text : "")).join("");
  if (result.isError) throw new Error(`tool ${name} failed: ${text}`);
  return JSON.parse(text) as T;
}

async function toolError(client: Client, name: string, args: Record<string, unknown>): Promise<string> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  expect(result.isError).toBe(true);
  return result.content.map((part) => (part.type === "text" ? part.text : "")).join("");
}

let client: Client;

beforeAll(async () => {
  const insights = [
    buildInsight(tag, { text: `Sovereign compute ${tag} lets middle powers run open models on their own hardware.`, topics: [`${tag} sovereign`, `${tag} compute`] }),
    buildInsight(tag, { text: `Open model weights ${tag} let middle powers adapt models to their own data.`, topics: [`${tag} sovereign`, `${tag} open models`] }),
    buildInsight(tag, { text: `Fine-tuning ${tag} open models on local data beats training frontier models.`, topics: [`${tag} open models`, `${tag} fine tuning`] }),
  ];
  const res = await request(app).post("/api/insights").send({ insights }).expect(201);
  ids.push(...res.body.insights.map((insight: { id: string }) => insight.id));
  client = await startClient();
}, 120_000);

afterAll(async () => {
  await client?.close();
  await db.close();
});

describe("npm run mcp (read-only)", () => {
  it("lists the read tools and no write tool", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(["brief", "get_insight", "path", "reading_list", "related", "search", "topic"]);
    expect(tools.find((tool) => tool.name === "get_insight")?.inputSchema.properties).toHaveProperty("id");
  });

  it("searches, reads an insight and its related ones, with links to the explorer", async () => {
    const found = await call<{ insights: { id: string; url: string }[] }>(client, "search", { query: `sovereign ${tag}` });
    expect(found.insights.map((hit) => hit.id)).toContain(ids[0]);
    const insight = await call<{ text: string; url: string; topics: unknown[] }>(client, "get_insight", { id: ids[0] });
    expect(insight.text).toContain("Sovereign compute");
    expect(insight.url).toBe(`http://127.0.0.1:3999/insights/${ids[0]}`);
    const related = await call<{ related: { id: string; reason: string }[] }>(client, "related", { id: ids[0], limit: 5 });
    expect(related.related.map((item) => item.id)).toContain(ids[1]);
    expect(related.related[0]!.reason.length).toBeGreaterThan(0);
    const filtered = await call<{ related: unknown[]; filtered: { message: string } }>(client, "related", { id: ids[0], minScore: 1 });
    expect(filtered.related).toEqual([]);
    expect(filtered.filtered.message).toMatch(/^The filters hide all/);
  });

  it("explains a path, a topic, a reading list and a brief", async () => {
    const path = await call<{ paths: { hops: { reason: string }[] }[] }>(client, "path", { from: ids[0], to: ids[2] });
    expect(path.paths.length).toBeGreaterThan(0);
    expect(path.paths[0]!.hops.every((hop) => hop.reason.length > 0)).toBe(true);
    const topic = await call<{ insights: { id: string }[] }>(client, "topic", { slug: `${tag}-sovereign` });
    expect(topic.insights.map((insight) => insight.id).sort()).toEqual([ids[0], ids[1]].sort());
    // sort=evidence as on the topic page: the same contract, the same order, with the counts that rank it.
    const byEvidence = await call<{ insights: { id: string; evidence: { sources: number } }[] }>(client, "topic", { slug: `${tag}-sovereign`, sort: "evidence" });
    const page = (await request(app).get(`/api/topics/${tag}-sovereign?sort=evidence`).expect(200)).body as { insights: { id: string; evidence: unknown }[] };
    expect(byEvidence.insights.map(({ id, evidence }) => ({ id, evidence }))).toEqual(page.insights.map(({ id, evidence }) => ({ id, evidence })));
    expect(await toolError(client, "topic", { slug: `${tag}-sovereign`, sort: "loudest" })).toMatch(/fit|evidence/);
    const list = await call<{ sections: { items: { id: string }[] }[] }>(client, "reading_list", { topics: [`${tag}-sovereign`] });
    expect(list.sections.flatMap((section) => section.items.map((item) => item.id))).toContain(ids[0]);
    const brief = await call<{ items: { id: string; url: string }[] }>(client, "brief", { topics: [`${tag}-sovereign`], since: "2000-01-01" });
    expect(brief.items.length).toBeGreaterThan(0);
  });

  it("answers bad arguments and unknown ids with tool errors and keeps serving", async () => {
    expect(await toolError(client, "get_insight", { id: "not-an-id" })).toMatch(/not an insight id/);
    expect(await toolError(client, "get_insight", { id: "f".repeat(32) })).toMatch(/was not found/);
    expect(await toolError(client, "path", { from: ids[0], to: ids[0] })).toMatch(/same insight/);
    expect(await toolError(client, "related", { id: ids[0], limit: 10_000 })).toMatch(/limit/);
    expect(await toolError(client, "search", {})).toMatch(/query/);
    const again = await call<{ id: string }>(client, "get_insight", { id: ids[1] });
    expect(again.id).toBe(ids[1]);
    expect(stderr.join("")).toMatch(/mcp: serving/);
  });
});

describe("npm run mcp with MCP_WRITE=1", () => {
  it("adds ingest_text and follow_topic, which write", async () => {
    const writer = await startClient({ MCP_WRITE: "1" });
    try {
      const names = (await writer.listTools()).tools.map((tool) => tool.name);
      expect(names).toEqual(expect.arrayContaining(["ingest_text", "follow_topic", "search"]));
      const text = `Export controls on chips ${tag} push countries to build their own compute. Open models ${tag} reduce vendor lock-in for national governments.`;
      const ingested = await call<{ insights: { id: string }[] }>(writer, "ingest_text", { title: `Notes ${tag}`, text });
      expect(ingested.insights.length).toBeGreaterThan(0);
      const follows = await call<{ follows: { slug: string }[] }>(writer, "follow_topic", { slug: `${tag}-compute` });
      expect(follows.follows.map((topic) => topic.slug)).toContain(`${tag}-compute`);
      expect(await toolError(writer, "follow_topic", { slug: `${tag}-no-such-topic` })).toMatch(/was not found/);
    } finally {
      await writer.close();
    }
  });
});

describe("npm run mcp when the graph fails", () => {
  it("logs the failure on standard error, answers a tool error and keeps serving", async () => {
    const before = stderr.length;
    // A database Neo4j does not have: every query fails with Neo4j's own error, not ours.
    const failing = await startClient({ NEO4J_DATABASE: `missing${tag.replace(/[^a-z0-9]/gi, "").toLowerCase()}` });
    try {
      expect(await toolError(failing, "get_insight", { id: ids[0] })).toMatch(/^get_insight could not answer: /);
      expect((await failing.listTools()).tools.length).toBeGreaterThan(0);
      expect(await toolError(failing, "search", { query: "sovereign" })).toMatch(/^search could not answer: /);
      const logged = stderr.slice(before).join("");
      expect(logged).toMatch(/mcp: tool get_insight failed: /);
      expect(logged).toMatch(/mcp: tool search failed: /);
    } finally {
      await failing.close();
    }
  }, 60_000);
});
