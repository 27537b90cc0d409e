import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

/** `npm start`'s own entry point as a process of its own, as a second app server would run. */
export interface AppProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>`, read from its "serving" line. */
  readonly baseUrl: string;
  /** Everything it printed so far (stdout, and stderr unless passed through), for assertions and failure messages. */
  readonly lines: readonly string[];
  /** Resolves with its exit code (null after a signal) once it has exited. */
  readonly exited: Promise<number | null>;
  /** The first line it printed or prints that matches, failing if it exits or `timeoutMs` passes first. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** The app's JSON answer to a GET, failing on any status but 200. */
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  /** Its peak resident memory so far (VmHWM), in MiB: its own, not the caller's. */
  peakRssMb(): number;
  /** SIGTERM, then waits for the exit (a no-op once it has exited). */
  stop(): Promise<void>;
}

export interface AppProcessOptions {
  /** Over the caller's own environment and this helper's port, host and no sample data. */
  readonly env?: Record<string, string>;
  /** "inherit" passes its stderr through to the caller's, as the bench shows it; by default it is read into `lines`. */
  readonly stderr?: "lines" | "inherit";
  /** How long it may take to print its "serving" line. */
  readonly timeoutMs?: number;
}

const SERVING = /serving (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * The Node flags `npm start` runs the server with (package.json; a test keeps the two the same).
 * NOTE: the heap cap is what keeps the server's memory near its live data. Without it, on a
 * machine with plenty of memory V8 allows a heap of about 4 GB and collects lazily: fifty
 * connections on /api/health alone took the server from 321 to 442 MB resident, with the cap to
 * 317 MB at the same rate.
 */
export const SERVER_NODE_FLAGS = ["--max-old-space-size=1024"] as const;

/**
 * Starts `server/index.ts` on a free loopback port with no sample data, and resolves once it
 * serves HTTP. Whatever it does after that (schema, vector index, its enrichment worker) callers
 * wait for through its API or its lines.
 */
export async function startAppProcess(name: string, options: AppProcessOptions = {}): Promise<AppProcess> {
  const { env = {}, stderr = "lines", timeoutMs = 120_000 } = options;
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", "server/index.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", SAMPLE_DATA: "0", ...env },
    stdio: ["ignore", "pipe", stderr === "inherit" ? "inherit" : "pipe"],
  });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const { lines, waitForLine } = watchLines(name, child, exited);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  // One that never served would otherwise outlive the test or bench that gave up on it.
  const serving = await waitForLine(SERVING, timeoutMs).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const baseUrl = SERVING.exec(serving)![1]!;
  const answer = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, init);
    const body = await response.text();
    if (!response.ok) throw new Error(`${name}: ${init?.method ?? "GET"} ${path} answered ${response.status}: ${body.slice(0, 500)}`);
    return JSON.parse(body) as T;
  };
  return {
    name,
    child,
    baseUrl,
    lines,
    exited,
    waitForLine,
    get: (path) => answer(path),
    post: (path, body) => answer(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
    },
    stop,
  };
}

/** Collects the child's lines as they come, and lets callers wait for one. */
function watchLines(name: string, child: ChildProcess, exited: Promise<number | null>) {
  const lines: string[] = [];
  const waiters = new Set<(line: string) => void>();
  // stderr is null when it is passed through to the caller's.
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      lines.push(line);
      for (const waiter of waiters) waiter(line);
    });
  }
  const waitForLine = (pattern: RegExp, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((line) => pattern.test(line));
      if (seen !== undefined) return resolve(seen);
      const fail = (why: string) => {
        settle();
        reject(new Error(`${name}: ${why} before a line matching ${pattern}:\n${lines.join("\n")}`));
      };
      const timer = setTimeout(() => fail(`${timeoutMs} ms passed`), timeoutMs);
      const waiter = (line: string) => {
        if (!pattern.test(line)) return;
        settle();
        resolve(line);
      };
      const settle = () => {
        clearTimeout(timer);
        waiters.delete(waiter);
      };
      waiters.add(waiter);
      void exited.then((code) => {
        if (waiters.has(waiter)) fail(`exited (${code})`);
      });
    });
  return { lines: lines as readonly string[], waitForLine };
}
