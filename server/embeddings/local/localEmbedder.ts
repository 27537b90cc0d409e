import { Tokenizer } from "@huggingface/tokenizers";
import { checkEmbeddings, type Embedder, type Embedding } from "../embedder";
import { readModelFiles } from "./modelFiles";
import { LOCAL_MODELS, type LocalModel, type LocalModelKey } from "./models";
import { pool } from "./pooling";
import { type SessionThread, startSessionThread } from "./sessionThread";

export interface LocalEmbedderOptions {
  readonly model: LocalModelKey;
  /** The folder the Maven build unpacked the model into. */
  readonly dir: string;
  /** ONNX intra-op threads; 1 was fastest on shared 2-core machines. */
  readonly threads: number;
  /**
   * Texts run through the model at once. NOTE: the int8 model quantises its activations with one
   * scale per tensor, so a text's vector shifts (cosine 0.995) with whatever shares its batch; one
   * text at a time keeps a text's embedding the same wherever it is computed, at about 1.7x the
   * cost of batches of 8 (measured under load). Larger batches are for benchmarks only.
   */
  readonly batchSize?: number;
}

interface Loaded {
  readonly session: SessionThread;
  readonly tokenizer: Tokenizer;
}

/** Encoded text: token ids, cut to the model's window (keeping the closing [SEP]). */
type Tokens = readonly number[];

/**
 * A sentence-embedding model run in-process with onnxruntime-node: no key, no network. The model
 * loads on the first call (one inference session per process, in a thread of its own: see
 * sessionThread.ts), so starting the server and the unit tests that never embed cost nothing.
 */
export function createLocalEmbedder(options: LocalEmbedderOptions): Embedder & {
  load(): Promise<void>;
  /** For the bench: texts per second through the inference session alone (tokenised beforehand, no pooling). */
  measureBare(texts: readonly string[]): Promise<number>;
} {
  const model: LocalModel = LOCAL_MODELS[options.model];
  const batchSize = options.batchSize ?? 1;
  let loading: Promise<Loaded> | undefined;

  const load = () =>
    (loading ??= (async () => {
      const files = await readModelFiles(options.dir, model);
      const session = startSessionThread(files.onnxPath, { threads: options.threads });
      await session.ready().catch(async (error: unknown) => {
        await session.close();
        throw error;
      });
      return { session, tokenizer: new Tokenizer(files.tokenizer as object, {}) };
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));

  const encode = (tokenizer: Tokenizer, text: string): Tokens => {
    const ids = tokenizer.encode(text).ids;
    return ids.length <= model.maxTokens ? ids : [...ids.slice(0, model.maxTokens - 1), ids[ids.length - 1]!];
  };

  const run = async ({ session }: Loaded, batch: readonly Tokens[]): Promise<Float32Array[]> => {
    const width = Math.max(...batch.map((ids) => ids.length));
    const ids = new BigInt64Array(batch.length * width);
    const mask = new BigInt64Array(batch.length * width);
    batch.forEach((tokens, row) => {
      tokens.forEach((id, col) => {
        ids[row * width + col] = BigInt(id);
        mask[row * width + col] = 1n;
      });
    });
    const hidden = await session.run([batch.length, width], {
      input_ids: ids,
      // A copy: the ids and token types move to the thread, the mask is still needed here for pooling.
      attention_mask: mask.slice(),
      token_type_ids: new BigInt64Array(batch.length * width),
    });
    return pool(hidden, mask, batch.length, width, model.dimensions, model.pooling);
  };

  const measureBare = async (texts: readonly string[]) => {
    const loaded = await load();
    const tokens = texts.map((text) => encode(loaded.tokenizer, text));
    const started = performance.now();
    for (const ids of tokens) await run(loaded, [ids]);
    return texts.length / ((performance.now() - started) / 1000);
  };

  return {
    measureBare,
    model: model.name,
    dimensions: model.dimensions,
    unrelatedCosine: model.unrelatedCosine,
    origin: `local ONNX from ${options.dir} (${model.artifact}, ${model.licence})`,
    load: async () => {
      await load();
    },
    embed: async (texts) => {
      if (texts.length === 0) return [];
      const loaded = await load();
      const tokens = texts.map((text) => encode(loaded.tokenizer, text));
      // Similar lengths together, so a batch pads little; answers go back in the texts' order.
      const order = tokens.map((_, i) => i).sort((a, b) => tokens[a]!.length - tokens[b]!.length);
      const vectors = new Array<Embedding>(texts.length);
      for (let start = 0; start < order.length; start += batchSize) {
        const slice = order.slice(start, start + batchSize);
        const pooled = await run(loaded, slice.map((i) => tokens[i]!));
        slice.forEach((index, k) => {
          vectors[index] = Array.from(pooled[k]!);
        });
      }
      return checkEmbeddings(texts, vectors, model.dimensions);
    },
  };
}
