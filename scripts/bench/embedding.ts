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

/** The local model's cost: load time, memory, and throughput against the bare ONNX session's, in one run. */
export async function benchEmbedding(count = 400): Promise<EmbeddingFigures> {
  const embedder = createLocalEmbedder({ model: DEFAULT_LOCAL_MODEL, dir: DEFAULT_MODEL_DIR, threads: 1 });
  const rssBefore = process.memoryUsage().rss;
  const loadStarted = performance.now();
  await embedder.load();
  const loadMs = performance.now() - loadStarted;
  const modelRssMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
  const texts = sampleClaims(count);
  await embedder.embed(texts.slice(0, 20));
  const started = performance.now();
  await embedder.embed(texts);
  const claimsPerSec = texts.length / ((performance.now() - started) / 1000);
  const bareOnnxClaimsPerSec = await embedder.measureBare(texts);
  return { loadMs, modelRssMb, claimsPerSec, bareOnnxClaimsPerSec };
}

if (process.argv[1]?.endsWith("embedding.ts")) {
  console.log(await benchEmbedding());
}
