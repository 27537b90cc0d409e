import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DEFAULT_MODEL_DIR } from "../../server/embeddings/local/fetchModel";
import { createLocalEmbedder } from "../../server/embeddings/local/localEmbedder";
import { DEFAULT_LOCAL_MODEL } from "../../server/embeddings/local/models";

export interface EmbeddingFigures {
  readonly loadMs: number;
  /** Resident memory the loaded model added to the process. */
  readonly modelRssMb: number;
  /** Claims per second through the product's embedder (tokenise, run, pool, check), one thread. */
  readonly claimsPerSec: number;
  /** The same claims through the bare inference session, tokenised beforehand. */
  readonly bareOnnxClaimsPerSec: number;
}

/** Claims of typical length (10 to 30 words), varied so no two tokenise alike. */
function sampleClaims(count: number): string[] {
  const subjects = ["Open-weight models", "Export controls on chips", "A national AI strategy", "Fine-tuning on hospital notes", "Vendor lock-in", "Sovereign compute"];
  const claims = ["lower the cost of running AI for mid-sized countries", "shift where frontier training happens within a decade", "matter less than access to skilled engineers and good data", "were cited by three ministers as the reason to build domestic clusters"];
  return Array.from({ length: count }, (_, i) => `${subjects[i % subjects.length]} ${claims[(i * 7) % claims.length]}, according to report ${i + 1} of the series.`);
}

const newEmbedder = () => createLocalEmbedder({ model: DEFAULT_LOCAL_MODEL, dir: DEFAULT_MODEL_DIR, threads: 1 });

/** Load time, and the resident memory loading the model and embedding a claim adds to a process. */
async function measureLoad(): Promise<Pick<EmbeddingFigures, "loadMs" | "modelRssMb">> {
  const embedder = newEmbedder();
  const rssBefore = process.memoryUsage().rss;
  const loadStarted = performance.now();
  await embedder.load();
  const loadMs = performance.now() - loadStarted;
  await embedder.embed(sampleClaims(1));
  return { loadMs, modelRssMb: (process.memoryUsage().rss - rssBefore) / 1024 / 1024 };
}

/**
 * The load is measured in a process of its own: in the bench's, whatever the earlier phases freed
 * meanwhile counts against the model (a run printed -151 MB).
 */
function measureLoadApart(): Pick<EmbeddingFigures, "loadMs" | "modelRssMb"> {
  const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--load"], { encoding: "utf8", timeout: 120_000 });
  if (child.status !== 0) throw new Error(`measuring the model's load failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout) as Pick<EmbeddingFigures, "loadMs" | "modelRssMb">;
}

/** The local model's cost: load time, memory, and throughput against the bare ONNX session's, in one run. */
export async function benchEmbedding(count = 400): Promise<EmbeddingFigures> {
  const { loadMs, modelRssMb } = measureLoadApart();
  const embedder = newEmbedder();
  const texts = sampleClaims(count);
  await embedder.embed(texts.slice(0, 20));
  const started = performance.now();
  await embedder.embed(texts);
  const claimsPerSec = texts.length / ((performance.now() - started) / 1000);
  const bareOnnxClaimsPerSec = await embedder.measureBare(texts);
  return { loadMs, modelRssMb, claimsPerSec, bareOnnxClaimsPerSec };
}

if (process.argv[1]?.endsWith("embedding.ts")) {
  if (process.argv.includes("--load")) process.stdout.write(JSON.stringify(await measureLoad()));
  else console.log(await benchEmbedding());
}
