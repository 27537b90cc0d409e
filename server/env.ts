import { isIP } from "node:net";
import { z } from "zod";
import { DEFAULT_LOCAL_MODEL, LOCAL_MODELS, isLocalModel } from "./embeddings/local/models";
import { feedsCrossChecks, feedsEnvShape } from "./feeds/env";

const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");
const blankAsUnset = (v: unknown) => (v === "" ? undefined : v);
const port = z.coerce.number({ error: "must be a port number" }).int().min(0).max(65_535);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

const EnvSchema = z
  .object({
    NEO4J_URI: optional(z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must be a bolt://, neo4j://, neo4j+s:// (or +ssc) URI")),
    NEO4J_USER: z.string().default("neo4j"),
    NEO4J_PASSWORD: z.string().default("neo4j"),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    NEO4J_BOLT_PORT: optional(port),
    DATA_DIR: z.string().min(1).default(".data"),
    // The user's topic vocabulary (names, aliases, pins, never-merge pairs); unset: $DATA_DIR/topics.json if present.
    TOPICS_FILE: optional(z.string().min(1)),
    PORT: port.default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    EXTRACTOR: z.enum(["heuristic", "llm"]).default("heuristic"),
    OPENAI_API_KEY: optional(z.string()),
    OPENAI_BASE_URL: optional(z.url()),
    OPENAI_MODEL: optional(z.string()),
    OPENAI_CONCURRENCY: z.preprocess(blankAsUnset, z.coerce.number({ error: "must be a number" }).int().min(1).max(32).default(2)),
    EMBEDDINGS: z.preprocess(blankAsUnset, z.enum(["local", "openai", "none"]).default("local")),
    // Unset: bge-small-en-v1.5 for local, text-embedding-3-small for openai (see withModelDefault).
    EMBEDDINGS_MODEL: optional(z.string()),
    EMBEDDINGS_MODEL_DIR: optional(z.string()),
    EMBEDDINGS_THREADS: z.preprocess(blankAsUnset, z.coerce.number({ error: "must be a number" }).int().min(1).max(64).default(1)),
    // text-embedding-3 models can shorten their vectors; the vector index is made this wide.
    EMBEDDINGS_DIMENSIONS: optional(z.coerce.number({ error: "must be a number" }).int().min(1).max(4096)),
    OPENAI_PRICE_PER_MILLION_TOKENS: optional(z.coerce.number({ error: "must be a number" }).nonnegative()),
    INGEST_MAX_BYTES: optional(z.coerce.number({ error: "must be a number of bytes" }).int().positive()),
    API_TOKEN: optional(z.string().min(16, "must be at least 16 characters")),
    SAMPLE_DATA: z.preprocess(blankAsUnset, flag.default(true)),
    WRITES_PER_MINUTE: z.preprocess(blankAsUnset, z.coerce.number({ error: "must be a number" }).int().min(1).default(120)),
    // Unset: the queue's own defaults (server/enrichment/index.ts), 360 s and 500 insights.
    ENRICH_LEASE_SECONDS: optional(z.coerce.number({ error: "must be a number of seconds" }).int().min(1).max(24 * 60 * 60)),
    ENRICH_BATCH_SIZE: optional(z.coerce.number({ error: "must be a number" }).int().min(1).max(5_000)),
    ...feedsEnvShape,
  })
  .transform(withModelDefault);

/** The embedding model's default depends on where embeddings come from. */
function withModelDefault<T extends { EMBEDDINGS: string; EMBEDDINGS_MODEL?: string | undefined }>(env: T): T & { EMBEDDINGS_MODEL: string } {
  const fallback = env.EMBEDDINGS === "openai" ? "text-embedding-3-small" : DEFAULT_LOCAL_MODEL;
  return { ...env, EMBEDDINGS_MODEL: env.EMBEDDINGS_MODEL ?? fallback };
}

/** Rules across variables, checked on the raw values so they are listed even when others are invalid. */
function crossChecks(source: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const host = source.HOST || "127.0.0.1";
  if (!isLoopback(host) && !source.API_TOKEN) {
    problems.push(`API_TOKEN: is required when HOST (${host}) is not a loopback address: write endpoints would be open to the network`);
  }
  if (source.EXTRACTOR === "llm" && !source.OPENAI_API_KEY && !source.OPENAI_BASE_URL) {
    problems.push("EXTRACTOR: is llm but neither OPENAI_API_KEY nor OPENAI_BASE_URL is set");
  }
  if (source.EMBEDDINGS === "openai" && !source.OPENAI_API_KEY && !source.OPENAI_BASE_URL) {
    problems.push("EMBEDDINGS: is openai but neither OPENAI_API_KEY nor OPENAI_BASE_URL is set");
  }
  const local = !source.EMBEDDINGS || source.EMBEDDINGS === "local";
  if (local && source.EMBEDDINGS_MODEL && !isLocalModel(source.EMBEDDINGS_MODEL)) {
    problems.push(`EMBEDDINGS_MODEL: ${source.EMBEDDINGS_MODEL} is not a local model; choose one of ${Object.keys(LOCAL_MODELS).join(", ")}`);
  }
  if (local && source.EMBEDDINGS_DIMENSIONS) problems.push("EMBEDDINGS_DIMENSIONS: applies to EMBEDDINGS=openai only (a local model has its own width)");
  return [...problems, ...feedsCrossChecks(source)];
}

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

/** Reads the environment once, listing every problem at once. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)),
    ...crossChecks(source),
  ];
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new EnvError(`Invalid configuration:\n${problems.map((line) => `  ${line}`).join("\n")}`);
}

export function isLoopback(host: string): boolean {
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}
