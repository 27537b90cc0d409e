import { parseArgs } from "node:util";
import { BriefQuery } from "@shared/api/brief";
import { buildBrief } from "../server/brief/brief";
import { briefAsDocument } from "../server/export/brief";
import { toMarkdown } from "../server/export/markdown";
import { LOCAL_PROFILE } from "../server/repositories/profile";
import { apiUrl, fetchText, openGraph } from "./cli/openGraph";

const USAGE = `usage: npm run brief -- [--topics <slug,slug>] [--limit 5] [--since YYYY-MM-DD] [--server <url>]

Prints the brief as Markdown: the top insights of the topics you follow (or --topics) since a date
(default: a week ago). Follow topics on a topic page in the app.`;

const log = (line: string) => console.error(line);

/** `npm run brief`: today's brief on standard output. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      topics: { type: "string" },
      limit: { type: "string" },
      since: { type: "string" },
      server: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return log(USAGE);
  const raw = { topics: values.topics, limit: values.limit, since: values.since };
  const query = BriefQuery.parse(raw);
  const graph = await openGraph(values.server, log);
  if (graph.kind === "http") {
    process.stdout.write(await fetchText(apiUrl(graph.baseUrl, "/api/brief.md", raw)));
    return;
  }
  try {
    const brief = await buildBrief(graph.db, query, { now: new Date(), profile: LOCAL_PROFILE });
    process.stdout.write(toMarkdown(briefAsDocument(brief)));
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && (error.name === "ZodError" || /^\d{3}: /.test(error.message)) ? error.message : error);
  process.exit(1);
});
