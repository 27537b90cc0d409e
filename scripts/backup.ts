import { parseArgs } from "node:util";
import { backupGraph } from "../server/backup/backup";
import { UsageError, runCommand } from "../server/backup/cli";
import { connect } from "../server/db";
import { loadEnv } from "../server/env";

/** `npm run backup -- --out graph.json`: the whole graph to one JSON file, page by page. */
runCommand(async (log) => {
  const { values } = parseArgs({ options: { out: { type: "string" }, page: { type: "string", default: "5000" } } });
  const pageSize = Number(values.page);
  if (!values.out || !Number.isInteger(pageSize) || pageSize < 1) {
    throw new UsageError("usage: npm run backup -- --out graph.json [--page 5000]");
  }
  const graph = await connect(loadEnv(), log);
  try {
    const started = Date.now();
    const counts = await backupGraph(graph.db, graph.database, values.out, { pageSize, log });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`backup: ${counts.nodes} nodes and ${counts.relationships} relationships of ${graph.describe} → ${values.out} in ${seconds} s`);
  } finally {
    await graph.close();
  }
});
