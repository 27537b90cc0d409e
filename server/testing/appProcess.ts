import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";

/** `npm start`'s own entry point as a process of its own, as a second app server would run. */
export interface AppProcess {
  readonly name: string;
  readonly child: ChildProcessWithoutNullStreams;
  /** `http://127.0.0.1:<port>`, read from its "serving" line. */
  readonly baseUrl: string;
  /** Everything it printed so far (stdout and stderr), for assertions and failure messages. */
  readonly lines: readonly string[];
  /** Resolves with its exit code (null after a signal) once it has exited. */
  readonly exited: Promise<number | null>;
  /** The app's JSON answer to a GET, failing on any status but 200. */
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  /** SIGTERM, then waits for the exit (a no-op once it has exited). */
  stop(): Promise<void>;
}

const SERVING = /serving (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * Starts `server/index.ts` with `env` over the test's own environment, on a free port with no
 * sample data and no token, and resolves once it serves HTTP. Whatever it does after that
 * (schema, vector index, its enrichment worker) callers wait for through its API.
 */
export async function startAppProcess(name: string, env: Record<string, string>, timeoutMs = 120_000): Promise<AppProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", SAMPLE_DATA: "0", API_TOKEN: "", FEEDS_SCHEDULE: "0", ...env },
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: not serving after ${timeoutMs} ms:\n${lines.join("\n")}`)), timeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        lines.push(line);
        const serving = SERVING.exec(line);
        if (serving) (clearTimeout(timer), resolve(serving[1]!));
      });
    }
    void exited.then((code) => (clearTimeout(timer), reject(new Error(`${name}: exited (${code}) before serving:\n${lines.join("\n")}`))));
  });
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
    get: (path) => answer(path),
    post: (path, body) => answer(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
