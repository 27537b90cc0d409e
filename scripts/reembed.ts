import { SingleBar } from "cli-progress";
import { connect, LauncherSetupError } from "../server/db";
import { ModelFileError, prepareEmbeddings } from "../server/embeddings";
import { reembedGraph } from "../server/embeddings/reembed";
import { EnvError, loadEnv } from "../server/env";
import { DEFAULT_RELATED_K } from "../server/related/refresh";

/**
 * `npm run reembed`: embeds the insights of a graph built before embeddings were on, or with
 * another model, and relists their related insights. Stop it any time; the next run goes on.
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const env = loadEnv();
  const embeddings = await prepareEmbeddings(env, log);
  if (!embeddings) {
    log("reembed: no embedding model (EMBEDDINGS=none, or the local model is missing): nothing to do");
    return;
  }
  const graph = await connect(env, log);
  const bar = process.stdout.isTTY ? new SingleBar({ format: "embedding [{bar}] {value}/{total} insights | {eta_formatted} left", hideCursor: true }) : undefined;
  try {
    await graph.prepareSchema();
    let started = false;
    const result = await reembedGraph(graph.db, embeddings, DEFAULT_RELATED_K, ({ done, total }) => {
      if (bar && !started) bar.start(total, 0);
      started = true;
      if (bar) bar.update(done);
      else log(`reembed: ${done} / ${total}`);
    });
    bar?.stop();
    log(`reembed: ${result.done} insights embedded with ${embeddings.embedder.model}, their related lists recomputed`);
  } finally {
    bar?.stop();
    await graph.close();
  }
}

main().catch((error: unknown) => {
  const expected = error instanceof EnvError || error instanceof LauncherSetupError || error instanceof ModelFileError;
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
