import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { BriefQuery } from "@shared/api/brief";
import { GetInsight, GetRelated } from "@shared/api/insights";
import { PathQuery } from "@shared/api/path";
import { ThemeBody } from "@shared/api/readingLists";
import { Search } from "@shared/api/search";
import { GetTopic } from "@shared/api/topics";
import { z } from "zod";
import { buildBrief } from "../brief/brief";
import { notFound } from "../errors";
import { findPaths } from "../paths/findPaths";
import { generateReadingList, toTheme } from "../readingLists/generate";
import { filterRelated, readDepth } from "../relatedFilters/filterRelated";
import { findInsightDetail } from "../repositories/insights";
import { LOCAL_PROFILE } from "../repositories/profile";
import { findRelated } from "../repositories/related";
import { findTopicPage } from "../repositories/topics";
import { searchEverything } from "../search/searchEverything";
import { answer } from "./answer";
import type { McpDeps } from "./deps";

const readOnly = { readOnlyHint: true, openWorldHint: false } as const;

// The arguments are the API's own schemas, so a tool accepts exactly what the endpoint does.
const relatedQuery = GetRelated.query.pick({ limit: true, minScore: true, otherShows: true, otherSpeakers: true, excludeSource: true });

/** The read-only tools: what the explorer shows, as compact JSON with links back to it. */
export function registerReadTools(server: McpServer, deps: McpDeps): void {
  const { db, links } = deps;

  server.registerTool(
    "search",
    {
      title: "Search insights and topics",
      description: "Full-text and meaning search over the insights (claims from podcasts and articles) and topic names.",
      inputSchema: z.object({ query: Search.query.shape.q, limit: Search.query.shape.limit }),
      annotations: readOnly,
    },
    async ({ query, limit }) => {
      const found = await searchEverything(db, deps.embeddings, { q: query, limit, offset: 0 });
      return answer({
        insights: found.insights.map((hit) => ({ id: hit.id, text: hit.text, topics: hit.topics.map((topic) => topic.slug), url: links.insight(hit.id) })),
        topics: found.topics.map((hit) => ({ slug: hit.slug, name: hit.name, insightCount: hit.insightCount, url: links.topic(hit.slug) })),
      });
    },
  );

  server.registerTool(
    "get_insight",
    {
      title: "Get an insight",
      description: "One insight with its supporting quote, timestamp, source and topics.",
      inputSchema: GetInsight.params,
      annotations: readOnly,
    },
    async ({ id }) => {
      const insight = await db.read("insight", (tx) => findInsightDetail(tx, id));
      if (!insight) throw notFound(`Insight ${id}`);
      return answer({ ...insight, url: links.insight(id) });
    },
  );

  server.registerTool(
    "related",
    {
      title: "Related insights",
      description: "The insights most related to one insight, best first, each with the reason in words. Optional reader filters: minScore, otherShows, otherSpeakers, excludeSource.",
      inputSchema: GetRelated.params.extend(relatedQuery.shape),
      annotations: readOnly,
    },
    async ({ id, limit, ...filters }) => {
      const read = await db.read("relatedInsights", (tx) => findRelated(tx, id, readDepth(limit, filters), false));
      if (!read) throw notFound(`Insight ${id}`);
      const { related, filtered } = await filterRelated(db, id, read, filters, limit);
      const items = related.map((item) => ({ id: item.id, text: item.text, score: Number(item.score.toFixed(3)), reason: item.reason, url: links.insight(item.id) }));
      return answer(filtered ? { related: items, filtered } : { related: items });
    },
  );

  server.registerTool(
    "path",
    {
      title: "How two insights connect",
      description: "The k shortest paths from one insight to another over related links and shared topics, each hop with its reason.",
      inputSchema: PathQuery,
      annotations: readOnly,
    },
    async ({ from, to, k }) => {
      const found = await findPaths(db, from, to, k);
      return answer({ ...found, insights: found.insights.map((node) => ({ ...node, url: links.insight(node.id) })) });
    },
  );

  server.registerTool(
    "topic",
    {
      title: "A topic",
      description:
        "A topic with its insights and the topics it co-occurs with. sort: fit (default, most about the topic first) or evidence (said in most sources, then shows, then by most speakers).",
      inputSchema: GetTopic.params.extend({ limit: GetTopic.query.shape.limit, sort: GetTopic.query.shape.sort }),
      annotations: readOnly,
    },
    async ({ slug, limit, sort }) => {
      const page = await db.read("topic", (tx) => findTopicPage(tx, slug, { limit, offset: 0, sort }));
      if (!page) throw notFound(`Topic ${slug}`);
      return answer({
        topic: { ...page.topic, url: links.topic(slug) },
        insights: page.insights.map((insight) => ({ id: insight.id, text: insight.text, evidence: insight.evidence, url: links.insight(insight.id) })),
        neighbours: page.neighbours.map((topic) => ({ slug: topic.slug, name: topic.name, weight: topic.weight })),
      });
    },
  );

  server.registerTool(
    "reading_list",
    {
      title: "Themed reading list",
      description: "A reading list for a theme (topic slugs, optional search words and dates): sections of insights with quotes and sources.",
      inputSchema: ThemeBody,
      annotations: readOnly,
    },
    async (theme) => answer((await generateReadingList(db, toTheme(theme), deps.now())).document),
  );

  server.registerTool(
    "brief",
    {
      title: "Brief",
      description: "The top insights of the followed topics (or the topics given) since a date, with why each was chosen.",
      inputSchema: BriefQuery,
      annotations: readOnly,
    },
    async (query) => {
      const brief = await buildBrief(db, query, { now: deps.now(), profile: LOCAL_PROFILE });
      return answer({ ...brief, items: brief.items.map((item) => ({ ...item, url: links.insight(item.id) })) });
    },
  );
}
