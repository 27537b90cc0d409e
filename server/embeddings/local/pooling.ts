/**
 * Turns the model's last hidden state [batch, tokens, dims] into one unit-length vector per text:
 * the [CLS] token's state (bge) or the mean over the text's real tokens (MiniLM), as each model
 * was trained to be read.
 */
export function pool(
  hidden: Float32Array,
  mask: BigInt64Array,
  batch: number,
  tokens: number,
  dims: number,
  how: "cls" | "mean",
): Float32Array[] {
  const out: Float32Array[] = [];
  for (let row = 0; row < batch; row += 1) {
    const vector = new Float32Array(dims);
    const base = row * tokens * dims;
    if (how === "cls") {
      vector.set(hidden.subarray(base, base + dims));
    } else {
      let count = 0;
      for (let t = 0; t < tokens; t += 1) {
        if (mask[row * tokens + t] === 0n) continue;
        count += 1;
        const offset = base + t * dims;
        for (let d = 0; d < dims; d += 1) vector[d]! += hidden[offset + d]!;
      }
      for (let d = 0; d < dims; d += 1) vector[d]! /= Math.max(count, 1);
    }
    out.push(normalise(vector));
  }
  return out;
}

export function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const v of vector) sum += v * v;
  const length = Math.sqrt(sum) || 1;
  for (let d = 0; d < vector.length; d += 1) vector[d]! /= length;
  return vector;
}
