import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ExportFormat, ReadingListId, ThemeQuery } from "@shared/api/readingLists";
import { exportReadingList } from "../server/export";
import { generateReadingList, toTheme } from "../server/readingLists/generate";
import { loadSavedReadingList } from "../server/readingLists/saved";
import { apiUrl, fetchText, openGraph } from "./cli/openGraph";

const USAGE = `usage: npm run export -- --topics <slug,slug> [options]
       npm run export -- --list <saved list id> [options]

  --format <f>    ${ExportFormat.options.join(", ")} (default md)
  --out <file>    where to write it (default: standard output)
  --q <text>      only insights matching this search
  --from <date>   only sources published on or after YYYY-MM-DD
  --to <date>     only sources published on or before YYYY-MM-DD
  --limit <n>     most insights in the list (default 30)
  --server <url>  use this running app (default: the app on HOST:PORT if it runs, else Neo4j directly)`;

const log = (line: string) => console.error(line);

function readArgs() {
  const { values } = parseArgs({
    options: {
      topics: { type: "string" },
      list: { type: "string" },
      format: { type: "string", default: "md" },
      out: { type: "string" },
      q: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      limit: { type: "string" },
      server: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || (!values.topics && !values.list)) {
    log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const format = ExportFormat.parse(values.format);
  const list = values.list === undefined ? null : ReadingListId.parse(values.list);
  const query = { topics: values.topics ?? "", q: values.q, from: values.from, to: values.to, limit: values.limit };
  const theme = list ? null : ThemeQuery.parse(query);
  return { format, list, theme, query, out: values.out, server: values.server };
}

/** `npm run export`: a themed (or saved) reading list as a file, through the app or straight from Neo4j. */
async function main(): Promise<void> {
  const args = readArgs();
  const graph = await openGraph(args.server, log);
  let body: string;
  if (graph.kind === "http") {
    body = await fetchText(
      args.list
        ? apiUrl(graph.baseUrl, `/api/reading-lists/${args.list}/export`, { format: args.format })
        : apiUrl(graph.baseUrl, "/api/reading-list", { ...args.query, format: args.format }),
    );
  } else {
    try {
      const built = args.list ? await loadSavedReadingList(graph.db, args.list) : await generateReadingList(graph.db, toTheme(args.theme!), new Date());
      if (!built) throw new Error(`Reading list ${args.list} was not found`);
      body = exportReadingList(built.document, args.format, built.links).body;
    } finally {
      await graph.close();
    }
  }
  if (args.out) {
    await writeFile(args.out, body);
    log(`wrote ${args.out} (${Buffer.byteLength(body)} bytes)`);
  } else {
    process.stdout.write(body);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && (error.name === "ZodError" || /^\d{3}: /.test(error.message)) ? error.message : error);
  process.exit(1);
});
