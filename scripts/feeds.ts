import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type Feed, type FeedCheck, FeedUrl } from "@shared/api/feeds";
import { loadEnv } from "../server/env";
import { createExtractor } from "../server/extract";
import { createFeedFollower, feedContext, feedSettingsFromEnv, type FeedFollower } from "../server/feeds";
import { feedIdOf } from "../server/feeds/feedId";
import { openGraph } from "./cli/openGraph";

const USAGE = `usage: npm run feeds -- <command> [--server <url>]

  add <feed url>        follow a podcast (or any RSS/Atom feed); its newest episodes are read at once
  import <file.opml>    follow every feed an OPML subscription list names
  list                  followed feeds: episodes, last check, next check, last error
  check [<id or url>]   check one feed now, or every feed
  remove <id or url>    stop following (what it brought in stays)

The running app polls followed feeds by itself (FEEDS_POLL_MINUTES); these commands use it when it
runs (or --server), else Neo4j directly.`;

const log = (line: string) => console.error(line);

/** The same operations over the running app's API, so the CLI and the app never disagree. */
function overHttp(baseUrl: string, token: string | undefined): FeedFollower {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const json = (await res.json().catch(() => ({}))) as { error?: { message: string } } & T;
    if (!res.ok) throw new Error(`${res.status}: ${json.error?.message ?? res.statusText}`);
    return json;
  };
  return {
    list: async () => (await call<{ feeds: Feed[] }>("GET", "/api/feeds")).feeds,
    subscribe: (url) => call("POST", "/api/feeds", { url }),
    importOpml: (opml) => call("POST", "/api/feeds/opml", { opml }),
    remove: async (id) => (await fetch(`${baseUrl}/api/feeds/${id}`, { method: "DELETE", headers: token ? { authorization: `Bearer ${token}` } : {} })).ok,
    check: (id) => call("POST", `/api/feeds/${id}/check`),
    checkDue: async () => 0,
    stop: async () => undefined,
  };
}

const describeCheck = (feed: Feed, check: FeedCheck | null) =>
  check === null
    ? `${feed.title ?? feed.url}: followed; the first check is still running`
    : `${feed.title ?? feed.url}: ${check.status}, ${check.newEpisodes} new episodes${check.problems.length ? `\n  ${check.problems.join("\n  ")}` : ""}`;

const idOf = (arg: string) => (/^https?:\/\//i.test(arg) ? feedIdOf(arg) : arg);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { server: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
  const [command, arg] = positionals;
  if (values.help || !command) return log(USAGE);
  const env = loadEnv();
  const graph = await openGraph(values.server, log);
  const feeds =
    graph.kind === "http"
      ? overHttp(graph.baseUrl, env.API_TOKEN)
      : createFeedFollower(feedContext({ db: graph.db, extractor: await createExtractor(env), options: { relatedK: 10 } }, { ...feedSettingsFromEnv(env), subscribeWaitMs: 3_600_000 }));
  try {
    switch (command) {
      case "add": {
        const url = FeedUrl.parse(arg);
        const { feed, check } = await feeds.subscribe(url, 3_600_000);
        console.log(`${feed.id}  ${describeCheck(feed, check)}`);
        break;
      }
      case "import": {
        if (!arg) throw new Error("import needs an OPML file");
        const { added, problems } = await feeds.importOpml(await readFile(arg, "utf8"));
        console.log(`followed ${added.length} feeds; the schedule checks them soon (or: npm run feeds -- check)`);
        for (const problem of problems) console.log(`  ${problem}`);
        break;
      }
      case "list":
        for (const feed of await feeds.list()) {
          console.log(`${feed.id}  ${feed.title ?? "(not read yet)"}  ${feed.url}`);
          console.log(`    ${feed.episodes} episodes · checked ${feed.lastCheckedAt ?? "never"} · next ${feed.nextCheckAt ?? "soon"}${feed.lastError ? `\n    error: ${feed.lastError}` : ""}`);
        }
        break;
      case "check": {
        const ids = arg ? [idOf(arg)] : (await feeds.list()).map((feed) => feed.id);
        for (const id of ids) {
          const { feed, check } = await feeds.check(id);
          console.log(describeCheck(feed, check));
        }
        break;
      }
      case "remove":
        if (!arg) throw new Error("remove needs a feed id or url");
        if (!(await feeds.remove(idOf(arg)))) throw new Error(`no followed feed ${arg}`);
        console.log(`stopped following ${arg}`);
        break;
      default:
        throw new Error(`unknown command ${command}\n\n${USAGE}`);
    }
  } finally {
    await feeds.stop();
    if (graph.kind === "db") await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
