import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { buildLauncher, javaBinary, launcherClasspath } from "./build";

export interface LocalNeo4j {
  readonly uri: string;
  readonly port: number;
  /** Milliseconds from spawn to Bolt ready. */
  readonly startedInMs: number;
  /** Shuts the database down cleanly and waits for the JVM to exit. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Neo4j home: the store lands in `<home>/data`. */
  readonly home: string;
  /** 0 or absent picks a free port. */
  readonly port?: number;
  readonly pageCacheMiB?: number;
  readonly heap?: string;
  readonly log?: (line: string) => void;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
const PORT_LINE = /^NEO4J_BOLT_PORT=(\d+)$/;

/** Starts the bundled Neo4j Community as a child JVM and waits until Bolt answers. */
export async function launchNeo4j(options: LaunchOptions): Promise<LocalNeo4j> {
  const log = options.log ?? console.log;
  buildLauncher(log);
  const home = resolve(options.home);
  mkdirSync(home, { recursive: true });
  const started = Date.now();
  const child = spawn(
    javaBinary(),
    [
      `-Xmx${options.heap ?? "1g"}`,
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "-cp",
      launcherClasspath(),
      "launcher.Main",
      home,
      String(options.port ?? 0),
      String(options.pageCacheMiB ?? 256),
    ],
    // NOTE: stdin must be a pipe: the launcher stops when it closes, so it never outlives us.
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));

  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`neo4j: no Bolt port after ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = PORT_LINE.exec(line);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`neo4j: the launcher exited (code ${code}) before Bolt was ready:\n${explain(stderrTail)}`));
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode !== null) return;
      child.stdin.end();
      const killer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(killer);
    })());

  return { uri: `bolt://127.0.0.1:${port}`, port, startedInMs: Date.now() - started, stop };
}

function explain(stderrTail: readonly string[]): string {
  const text = stderrTail.join("\n");
  if (/lock|StoreLocked|FileLockException/i.test(text)) {
    return `the store is in use by another Neo4j (another \`npm start\` with the same DATA_DIR?)\n${text}`;
  }
  if (/Address already in use|BindException/i.test(text)) {
    return `the Bolt port is taken: set NEO4J_BOLT_PORT to a free port, or leave it unset\n${text}`;
  }
  return text;
}
