import { describe, expect, it } from "vitest";
import { EnvError, isLoopback, loadEnv } from "./env";

describe("loadEnv", () => {
  it("has defaults that bind to loopback and start the bundled Neo4j", () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ HOST: "127.0.0.1", PORT: 3000, NEO4J_DATABASE: "neo4j", EXTRACTOR: "heuristic", SAMPLE_DATA: true });
    expect(env.NEO4J_URI).toBeUndefined();
  });

  it("treats blank values as unset and reads SAMPLE_DATA=0", () => {
    expect(loadEnv({ NEO4J_URI: "", SAMPLE_DATA: "0" })).toMatchObject({ NEO4J_URI: undefined, SAMPLE_DATA: false });
  });

  it("lists every problem at once", () => {
    const attempt = () => loadEnv({ PORT: "seventy", NEO4J_URI: "http://x", HOST: "0.0.0.0" });
    expect(attempt).toThrow(EnvError);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain("PORT");
    expect(message).toContain("NEO4J_URI");
    expect(message).toContain("API_TOKEN");
  });

  it("accepts a non-loopback host when a token is set", () => {
    expect(loadEnv({ HOST: "0.0.0.0", API_TOKEN: "x".repeat(32) }).HOST).toBe("0.0.0.0");
  });

  it("caps writes at 120 a minute unless WRITES_PER_MINUTE says otherwise, and rejects nonsense", () => {
    expect(loadEnv({}).WRITES_PER_MINUTE).toBe(120);
    expect(loadEnv({ WRITES_PER_MINUTE: "600" }).WRITES_PER_MINUTE).toBe(600);
    expect(() => loadEnv({ WRITES_PER_MINUTE: "0" })).toThrow(/WRITES_PER_MINUTE/);
    expect(() => loadEnv({ WRITES_PER_MINUTE: "lots" })).toThrow(/WRITES_PER_MINUTE/);
  });

  it("leaves the queue's lease and batch size to its defaults unless set, and rejects nonsense", () => {
    const defaults = loadEnv({});
    expect([defaults.ENRICH_LEASE_SECONDS, defaults.ENRICH_BATCH_SIZE]).toEqual([undefined, undefined]);
    expect(loadEnv({ ENRICH_LEASE_SECONDS: "20", ENRICH_BATCH_SIZE: "50" })).toMatchObject({ ENRICH_LEASE_SECONDS: 20, ENRICH_BATCH_SIZE: 50 });
    expect(() => loadEnv({ ENRICH_LEASE_SECONDS: "0", ENRICH_BATCH_SIZE: "lots" })).toThrow(/ENRICH_LEASE_SECONDS[\s\S]*ENRICH_BATCH_SIZE/);
  });

  it("embeds with the local model by default; OpenAI-compatible embeddings need an endpoint or key", () => {
    expect(loadEnv({})).toMatchObject({ EMBEDDINGS: "local", EMBEDDINGS_MODEL: "bge-small-en-v1.5", EMBEDDINGS_THREADS: 1 });
    expect(loadEnv({ EMBEDDINGS: "openai", OPENAI_API_KEY: "k" })).toMatchObject({ EMBEDDINGS_MODEL: "text-embedding-3-small" });
    expect(loadEnv({ EMBEDDINGS: "none" })).toMatchObject({ EMBEDDINGS: "none" });
    expect(() => loadEnv({ EMBEDDINGS_MODEL: "nomic-embed-text" })).toThrow(/EMBEDDINGS_MODEL: nomic-embed-text is not a local model/);
    expect(() => loadEnv({ EMBEDDINGS_DIMENSIONS: "256" })).toThrow(/EMBEDDINGS_DIMENSIONS: applies to EMBEDDINGS=openai only/);
    expect(loadEnv({}).EMBEDDINGS_DIMENSIONS).toBeUndefined();
    expect(loadEnv({ EMBEDDINGS: "openai", OPENAI_BASE_URL: "http://127.0.0.1:11434/v1", EMBEDDINGS_DIMENSIONS: "256" })).toMatchObject({
      EMBEDDINGS: "openai",
      EMBEDDINGS_DIMENSIONS: 256,
    });
    expect(() => loadEnv({ EMBEDDINGS: "openai" })).toThrow(/EMBEDDINGS: is openai but neither OPENAI_API_KEY nor OPENAI_BASE_URL/);
    expect(() => loadEnv({ EMBEDDINGS: "bert" })).toThrow(/EMBEDDINGS/);
    expect(() => loadEnv({ EMBEDDINGS: "openai", OPENAI_API_KEY: "k", EMBEDDINGS_DIMENSIONS: "wide" })).toThrow(/EMBEDDINGS_DIMENSIONS/);
  });

  it.each(["bolt://localhost:7687", "neo4j://db:7687", "neo4j+s://abc.databases.neo4j.io", "bolt+ssc://h"])("accepts %s", (uri) => {
    expect(loadEnv({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
  });
});

describe("isLoopback", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["localhost", true],
    ["::1", true],
    ["0.0.0.0", false],
    ["192.168.1.4", false],
    ["::", false],
  ])("%s → %s", (host, expected) => expect(isLoopback(host)).toBe(expected));
});
