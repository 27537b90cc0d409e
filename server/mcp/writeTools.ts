import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { FollowTopic } from "@shared/api/brief";
import { CreateSource } from "@shared/api/sources";
import type { Database } from "../db";
import { badRequest, notFound } from "../errors";
import type { Extractor } from "../extract/types";
import { detectFormat, InputError, parseFormat } from "../ingest/formats";
import type { IngestOptions } from "../ingest/ingest";
import { ingestDocument } from "../ingest/pipeline";
import { findFollowedTopics, followTopic, LOCAL_PROFILE } from "../repositories/profile";
import { answer } from "./answer";
import type { McpDeps } from "./deps";

/** Tools that change the graph or the profile: registered only with MCP_WRITE=1. */
export function registerWriteTools(server: McpServer, deps: McpDeps, writes: NonNullable<McpDeps["writes"]>): void {
  const { db, links } = deps;

  server.registerTool(
    "ingest_text",
    {
      title: "Ingest a text",
      description: "Adds a source (article, transcript, notes) as text: its insights are extracted, linked by topic and ranked. Ingesting the same text again changes nothing.",
      inputSchema: CreateSource.body,
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    async (body) => {
      const result = await ingestText(db, writes.extractor, { relatedK: writes.relatedK, ...(deps.embeddings && { embeddings: deps.embeddings }) }, body);
      return answer({ ...result, insights: result.insights.map((insight) => ({ id: insight.id, text: insight.text, url: links.insight(insight.id) })) });
    },
  );

  server.registerTool(
    "follow_topic",
    {
      title: "Follow a topic",
      description: "Adds a topic to the followed topics that the brief is made of.",
      inputSchema: FollowTopic.params,
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    async ({ slug }) => {
      if (!(await db.write("followTopic", (tx) => followTopic(tx, LOCAL_PROFILE, slug)))) throw notFound(`Topic ${slug}`);
      return answer({ follows: await db.read("profile", (tx) => findFollowedTopics(tx, LOCAL_PROFILE)) });
    },
  );
}

type SourceBody = (typeof CreateSource)["body"]["_zod"]["output"];

/** The same path as POST /api/sources: parse the text in its format, then ingest one document. */
async function ingestText(db: Database, extractor: Extractor, options: IngestOptions, body: SourceBody) {
  const { text, format, ...meta } = body;
  let doc;
  try {
    [doc] = parseFormat(meta.title, text, format ?? detectFormat("", text), meta);
  } catch (error) {
    if (error instanceof InputError) throw badRequest(`text: ${error.problem}`);
    throw error;
  }
  if (!doc) throw badRequest("text: no source found in the text");
  const result = await ingestDocument({ db, extractor, options }, doc);
  return { sources: result.sources, insights: result.insights, alreadyPresent: result.alreadyPresent };
}
