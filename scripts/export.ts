import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { parseArgs } from "node:util";
import { ExportFormat, ReadingListId, ThemeQuery } from "@shared/api/readingLists";
import { exportReadingList } from "../server/export";
import { generateReadingList, toTheme } from "../server/readingLists/generate";
import { loadSavedReadingList } from "../server/readingLists/saved";
import { apiUrl, fetchBytes, openGraph } from "./cli/openGraph";

const USAGE = `usage: npm run export -- --topics <slug,slug> [options]
       npm run export -- --list <saved list id> [options]

  --format <f>    ${ExportFormat.options.join(", ")} (default md)
  --out <file>    where to write it (default: standard output); for --format vault, a path
                  not ending in .zip is a folder the notes are written into
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
  let body: string | Buffer;
  if (graph.kind === "http") {
    body = await fetchBytes(
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
  if (args.out && args.format === "vault" && !args.out.endsWith(".zip")) {
    const notes = await writeFolder(args.out, Buffer.from(body));
    log(`wrote ${notes} notes into ${args.out}`);
  } else if (args.out) {
    await writeFile(args.out, body);
    log(`wrote ${args.out} (${Buffer.byteLength(body)} bytes)`);
  } else {
    process.stdout.write(body);
  }
}

/** Unzips a vault into `folder`, the way Obsidian or Logseq opens it. Returns the number of notes. */
async function writeFolder(folder: string, zip: Buffer): Promise<number> {
  const files = Object.entries(unzipSync(zip));
  for (const [path, bytes] of files) {
    // The zip holds one top folder named after the list; the notes go straight into `folder`.
    const inside = path.split("/").slice(1);
    if (inside.some((part) => part === ".." || part === "") || path.startsWith("/")) throw new Error(`the vault holds a path outside its folder: ${path}`);
    const target = join(folder, ...inside);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  return files.length;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && (error.name === "ZodError" || /^\d{3}: /.test(error.message)) ? error.message : error);
  process.exit(1);
});
