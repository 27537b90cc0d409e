import { parseArgs } from "node:util";
import { UsageError, runCommand } from "../server/backup/cli";
import { connect } from "../server/db";
import { restoreGraph } from "../server/backup/restore";
import { loadEnv } from "../server/env";

/** `npm run restore -- graph.json [--replace]`: a backup into an empty (or, with --replace, emptied) graph. */
runCommand(async (log) => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: "boolean", default: false }, page: { type: "string", default: "5000" } },
  });
  const pageSize = Number(values.page);
  if (positionals.length !== 1 || !Number.isInteger(pageSize) || pageSize < 1) {
    throw new UsageError("usage: npm run restore -- graph.json [--replace] [--page 5000]");
  }
  const file = positionals[0]!;
  const graph = await connect(loadEnv(), log);
  try {
    const started = Date.now();
    await graph.prepareSchema();
    const counts = await restoreGraph(graph.db, file, { replace: values.replace, pageSize, log });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(`restore: ${counts.nodes} nodes and ${counts.relationships} relationships from ${file} into ${graph.describe} in ${seconds} s`);
  } finally {
    await graph.close();
  }
});
