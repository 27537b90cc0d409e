/**
 * Logistic regression with an L2 penalty, fitted by mini-batch Adam: plain arithmetic, no
 * dependency, seeded so that `npm run train:relations` gives the same weights each run.
 */
export interface Fitted {
  readonly bias: number;
  /** One weight per feature, on the features as given (the standardisation folded in). */
  readonly weights: number[];
}

export interface FitOptions {
  readonly l2: number;
  readonly epochs: number;
  readonly seed: number;
}

const BATCH = 512;
const RATE = 0.01;

export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], options: FitOptions): Fitted {
  const width = rows[0]!.length;
  // Standardised features make one penalty fit every feature, whatever its scale.
  const mean = new Array<number>(width).fill(0);
  const spread = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((x, f) => (mean[f]! += x / rows.length));
  for (const row of rows) row.forEach((x, f) => (spread[f]! += (x - mean[f]!) ** 2 / rows.length));
  const scale = spread.map((s) => Math.sqrt(s) || 1);
  const X = rows.map((row) => Float64Array.from(row, (x, f) => (x - mean[f]!) / scale[f]!));

  const w = new Float64Array(width + 1); // the bias last, unpenalised
  const m = new Float64Array(width + 1);
  const v = new Float64Array(width + 1);
  const random = seeded(options.seed);
  const order = [...X.keys()];
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += BATCH) {
      const batch = order.slice(start, start + BATCH);
      const gradient = new Float64Array(width + 1);
      for (const i of batch) {
        const x = X[i]!;
        let z = w[width]!;
        for (let f = 0; f < width; f += 1) z += w[f]! * x[f]!;
        const error = 1 / (1 + Math.exp(-z)) - labels[i]!;
        for (let f = 0; f < width; f += 1) gradient[f]! += error * x[f]!;
        gradient[width]! += error;
      }
      step += 1;
      for (let f = 0; f <= width; f += 1) {
        const g = gradient[f]! / batch.length + (f < width ? options.l2 * w[f]! : 0);
        m[f] = 0.9 * m[f]! + 0.1 * g;
        v[f] = 0.999 * v[f]! + 0.001 * g * g;
        w[f]! -= (RATE * (m[f]! / (1 - 0.9 ** step))) / (Math.sqrt(v[f]! / (1 - 0.999 ** step)) + 1e-8);
      }
    }
  }
  const weights = [...w.subarray(0, width)].map((x, f) => x / scale[f]!);
  const bias = w[width]! - weights.reduce((sum, x, f) => sum + x * mean[f]!, 0);
  return { bias, weights };
}

/** A small linear congruential generator: reproducible shuffles. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
