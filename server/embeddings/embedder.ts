/** An embedding: one point in the model's meaning space per insight text. */
export type Embedding = readonly number[];

/**
 * Turns insight texts into embeddings. Implementations call a model over the network, so they are
 * never called inside a database transaction (a retried transaction would call the model again).
 */
export interface Embedder {
  /** The model's name, for messages (a dimension mismatch names the model that caused it). */
  readonly model: string;
  /** The width the model is asked for, when configured; otherwise learned from its first answer. */
  readonly dimensions: number | undefined;
  /** Where the model runs, for the log line at start ("local ONNX, from …", or the endpoint). */
  readonly origin: string;
  /** The cosine two unrelated texts typically get from this model (0 when unknown): the related ranking's zero for meaning. */
  readonly unrelatedCosine?: number;
  /** Loads what the model needs before the first text (checking its files), when it runs in-process. */
  load?(): Promise<void>;
  /** One embedding per text, in the texts' order, all of one width. */
  embed(texts: readonly string[]): Promise<Embedding[]>;
}

/** The embedding model could not be reached or answered badly: the ingest fails, nothing is written. */
export class EmbeddingError extends Error {}

/** Checks what a model answered before anything is stored: one finite vector per text, all one width. */
export function checkEmbeddings(texts: readonly string[], vectors: readonly Embedding[], expected: number | undefined): Embedding[] {
  if (vectors.length !== texts.length) throw new EmbeddingError(`answered ${vectors.length} embeddings for ${texts.length} texts`);
  const width = expected ?? vectors[0]?.length;
  for (const vector of vectors) {
    if (vector.length === 0 || vector.length !== width) {
      throw new EmbeddingError(`answered an embedding of ${vector.length} dimensions where ${width} were expected`);
    }
    if (!vector.every(Number.isFinite)) throw new EmbeddingError("answered an embedding with a value that is not a finite number");
  }
  return vectors.map((vector) => Array.from(vector));
}
