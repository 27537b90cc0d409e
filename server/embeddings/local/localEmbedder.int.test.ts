import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MODEL_DIR } from "./fetchModel";
import { createLocalEmbedder } from "./localEmbedder";
import { ModelFileError } from "./modelFiles";
import { LOCAL_MODELS } from "./models";

const model = LOCAL_MODELS["bge-small-en-v1.5"];
const cosine = (a: readonly number[], b: readonly number[]) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

// The real model, unpacked by the Maven build the test run's global setup makes sure of.
describe("the local embedding model", () => {
  const embedder = createLocalEmbedder({ model: "bge-small-en-v1.5", dir: DEFAULT_MODEL_DIR, threads: 1 });

  it("puts two wordings of one idea closer than a claim that shares their words but not their idea", async () => {
    const [claim, paraphrase, wordTrap] = await embedder.embed([
      "Open-weight models let a country run AI on its own hardware.",
      "With openly released model weights, nations can operate artificial intelligence on domestic infrastructure.",
      "The country singer released her own weight-loss model on hardware store shelves.",
    ]);
    expect(claim).toHaveLength(384);
    expect(cosine(claim!, paraphrase!)).toBeGreaterThan(cosine(claim!, wordTrap!) + 0.1);
  });

  it("gives a text the same vector whatever else it is embedded with", async () => {
    const text = "Fine-tuning a small model on hospital notes beat a frontier model on discharge summaries.";
    const [alone] = await embedder.embed([text]);
    const [, inBatch] = await embedder.embed(["A much longer sentence, written only so that the other text in this batch has to be padded to its length.", text]);
    alone!.forEach((value, i) => expect(inBatch![i]).toBeCloseTo(value, 6));
  });

  it("truncates a text longer than the model's window instead of failing", async () => {
    const long = "Compute export controls shift where frontier models are trained. ".repeat(120);
    const [vector] = await embedder.embed([long]);
    expect(vector).toHaveLength(384);
    expect(Math.hypot(...vector!)).toBeCloseTo(1, 3);
  });

  describe("files", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "insight-graph-model-"));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("names the missing file and the fix", async () => {
      const missing = createLocalEmbedder({ model: "bge-small-en-v1.5", dir, threads: 1 });
      await expect(missing.load()).rejects.toThrow(ModelFileError);
      await expect(missing.load()).rejects.toThrow(new RegExp(`${model.files.onnx.name}.*npm run model:fetch`));
    });

    it("refuses a damaged file by its checksum", async () => {
      await copyFile(join(DEFAULT_MODEL_DIR, model.files.tokenizer.name), join(dir, model.files.tokenizer.name));
      await writeFile(join(dir, model.files.onnx.name), "not a model");
      const damaged = createLocalEmbedder({ model: "bge-small-en-v1.5", dir, threads: 1 });
      await expect(damaged.load()).rejects.toThrow(/damaged or not the expected one/);
    });
  });
});

// NOTE: `unshare -n` gives the child a network namespace with only a downed loopback: any
// attempt to reach a host fails there. It needs root or user namespaces; CI runs as root.
const canUnshare = spawnSync("unshare", ["-n", "true"]).status === 0;

describe.runIf(canUnshare)("offline", () => {
  it("embeds in a process that has no network at all", () => {
    const script = fileURLToPath(new URL("./offlineProbe.ts", import.meta.url));
    const child = spawnSync("unshare", ["-n", process.execPath, "--import", "tsx", script], { encoding: "utf8", timeout: 120_000 });
    expect(child.stderr).not.toMatch(/Error/);
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ vectors: 2, dimensions: 384 });
  });
});
