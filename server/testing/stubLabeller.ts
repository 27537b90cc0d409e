import { onTestFinished } from "vitest";
import type { RelationLabeller } from "../relations/labeller";
import { createRelationLabeller, type RelationLabellerEnv } from "../relations/llm/openai";
import { type SeenRequest, type StubModelServer, type StubReply, startStubModelServer } from "./stubModelServer";

/** The LLM extractor's settings pointed at a stub model: "stub-model" at `baseUrl`, no key, two calls at once. */
export const stubLabellerEnv = (baseUrl: string, overrides: Partial<RelationLabellerEnv> = {}): RelationLabellerEnv => ({
  EXTRACTOR: "llm",
  OPENAI_BASE_URL: baseUrl,
  OPENAI_MODEL: "stub-model",
  OPENAI_API_KEY: undefined,
  OPENAI_CONCURRENCY: 2,
  OPENAI_PRICE_PER_MILLION_TOKENS: undefined,
  ...overrides,
});

export interface StubLabellerOptions {
  /** Tries a batch gets before it counts as failed; they wait 5 ms apart so a failing model fails fast. */
  readonly attempts: number;
  readonly log?: (line: string) => void;
  readonly env?: Partial<RelationLabellerEnv>;
}

export interface StubLabeller {
  readonly stub: StubModelServer;
  readonly labeller: RelationLabeller;
}

/**
 * The product's relation labeller, through the real ChatOpenAI client, on a stub model that
 * answers with `reply`. The stub closes when the test finishes.
 */
export async function startStubLabeller(reply: (request: SeenRequest, index: number) => StubReply, options: StubLabellerOptions): Promise<StubLabeller> {
  const stub = await startStubModelServer(reply);
  onTestFinished(() => stub.close());
  const labeller = await createRelationLabeller(stubLabellerEnv(stub.baseUrl, options.env), options.log ?? (() => undefined), {
    retry: { attempts: options.attempts, firstDelayMs: 5 },
  });
  if (!labeller) throw new Error("no relation labeller: the stub's settings must keep EXTRACTOR=llm");
  return { stub, labeller };
}
