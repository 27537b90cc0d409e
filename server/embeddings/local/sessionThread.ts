import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** The model's int64 inputs by name, each of `shape` (texts × tokens). */
export type SessionInputs = Record<string, BigInt64Array>;

/**
 * The inference session, in a thread of its own. NOTE: onnxruntime-node's `run` is synchronous
 * under its promise (it only defers to the next tick), so in the main thread every text embedded
 * stalls the server's requests and the enrichment queue's database work for its whole run. In a
 * thread, the model's core computes while the main thread goes on with queries and scoring.
 *
 * The thread's code is plain JavaScript: a worker thread gets no TypeScript loader (neither under
 * tsx nor under Vitest), and all it does is hold the session and run it.
 */
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const ort = require(workerData.runtime);
const ready = ort.InferenceSession.create(workerData.model, workerData.options);
parentPort.on("message", async ({ id, shape, inputs }) => {
  try {
    const session = await ready;
    if (!inputs) return parentPort.postMessage({ id });
    const feeds = {};
    for (const [name, data] of Object.entries(inputs)) feeds[name] = new ort.Tensor("int64", data, shape);
    const hidden = new Float32Array((await session.run(feeds)).last_hidden_state.data);
    parentPort.postMessage({ id, hidden }, [hidden.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});`;

interface Answer {
  readonly id: number;
  readonly hidden?: Float32Array;
  readonly error?: string;
}

export interface SessionThread {
  /** Resolves once the session is created (rejects when the runtime refuses the model). */
  ready(): Promise<void>;
  /** The model's last hidden state for one batch, flat: texts × tokens × width. */
  run(shape: readonly number[], inputs: SessionInputs): Promise<Float32Array>;
  close(): Promise<void>;
}

export function startSessionThread(modelPath: string, options: { readonly threads: number }): SessionThread {
  const runtime = createRequire(import.meta.url).resolve("onnxruntime-node");
  const sessionOptions = { intraOpNumThreads: options.threads, interOpNumThreads: 1, graphOptimizationLevel: "all" };
  const thread = new Worker(THREAD_SOURCE, { eval: true, workerData: { runtime, model: modelPath, options: sessionOptions } });
  const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  // An idle thread must not keep a one-off command (export, reembed) from exiting; a busy one must.
  thread.unref();

  const settle = (answer: Answer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (pending.size === 0) thread.unref();
    if (!waiting) return;
    if (answer.error !== undefined) waiting.reject(new Error(`the local model failed: ${answer.error}`));
    else waiting.resolve(answer);
  };
  thread.on("message", settle);
  thread.on("error", (error) => {
    failure = error;
    for (const id of [...pending.keys()]) settle({ id, error: error.message });
  });

  const ask = (message: { shape?: readonly number[]; inputs?: SessionInputs }, transfer: ArrayBuffer[] = []) => {
    if (failure) return Promise.reject(new Error(`the local model's thread stopped: ${failure.message}`));
    const id = ++next;
    thread.ref();
    return new Promise<Answer>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      thread.postMessage({ id, ...message }, transfer);
    });
  };

  return {
    ready: async () => {
      await ask({});
    },
    run: async (shape, inputs) => {
      const answer = await ask({ shape, inputs }, Object.values(inputs).map((data) => data.buffer as ArrayBuffer));
      return answer.hidden!;
    },
    close: async () => {
      await thread.terminate();
    },
  };
}
