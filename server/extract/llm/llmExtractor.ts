import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { canNameTopic, normaliseTopic } from "@shared/topics/normalise";
import { limits } from "@shared/limits";
import { parseTurns } from "../heuristic/transcript";
import type { ExtractedInsight, Extraction, Extractor, TopicAssignment, Turn } from "../types";
import { repairQuote } from "../verbatim";
import { type Chunk, chunkTurns } from "./chunks";
import { locateQuote } from "./locate";
import { describeFailure, mapBounded, type RetryPolicy, retryable, withRetries } from "./retry";
import { ChunkInsights, SYSTEM_PROMPT, userPrompt } from "./schema";

export const LLM_EXTRACTOR_VERSION = 1;

export interface LlmOptions {
  /** Stored on every insight with the version, e.g. `llm:gpt-4o-mini@1`. */
  readonly modelName: string;
  /** Characters of source per model call. */
  readonly chunkChars: number;
  /** Model calls in flight at once, per source. */
  readonly concurrency: number;
  readonly retry: RetryPolicy;
  /** Where the model answers, for error messages. */
  readonly endpoint: string;
}

export const defaultLlmOptions: Pick<LlmOptions, "chunkChars" | "concurrency" | "retry"> = {
  chunkChars: 8_000,
  concurrency: 2,
  retry: { attempts: 3, firstDelayMs: 1_000 },
};

/** The model could not be reached or answered badly: the source fails, nothing is written. */
export class ExtractionError extends Error {}

const TOPIC_WEIGHTS = [1, 0.85, 0.7, 0.6, 0.5] as const;

/** The model's own topic names; none left means the ingest discovers them (server/topics). */
function topicsOf(names: readonly string[]): TopicAssignment[] {
  const bySlug = new Map<string, TopicAssignment>();
  for (const name of names) {
    if (!canNameTopic(name) || name.length > limits.topicName) continue;
    const topic = normaliseTopic(name);
    const weight = TOPIC_WEIGHTS[bySlug.size];
    if (weight !== undefined && !bySlug.has(topic.slug)) bySlug.set(topic.slug, { ...topic, weight });
  }
  return [...bySlug.values()];
}

/**
 * The LLM extractor: the source is cut into chunks at turn boundaries, each chunk is one
 * structured-output call (validated with zod), calls run with bounded concurrency and retries
 * with back-off. Any chunk failing fails the whole source, so nothing half-extracted is written.
 */
export function createLlmExtractor(model: BaseChatModel, options: LlmOptions): Extractor {
  const structured = model.withStructuredOutput(ChunkInsights, { name: "record_insights", method: "functionCalling" });
  const ask = async (title: string, chunk: Chunk): Promise<ChunkInsights> => {
    const answer = await structured.invoke([
      { role: "system", content: SYSTEM_PROMPT },
      { role: "user", content: userPrompt(title, chunk.text) },
    ]);
    return ChunkInsights.parse(answer);
  };
  return {
    name: `llm:${options.modelName}@${LLM_EXTRACTOR_VERSION}`,
    extract: async (doc) => {
      const turns: readonly Turn[] = doc.turns ?? parseTurns(doc.text);
      const chunks = chunkTurns(turns, options.chunkChars);
      let answers: ChunkInsights[];
      try {
        answers = await mapBounded(chunks, options.concurrency, (chunk) => withRetries(() => ask(doc.title, chunk), options.retry, retryable));
      } catch (error) {
        throw new ExtractionError(describeFailure(error, options.endpoint), { cause: error });
      }
      const seen = new Set<string>();
      const quotes = { repaired: 0, dropped: 0 };
      const insights: ExtractedInsight[] = [];
      answers.forEach((answer, c) => {
        for (const item of answer.insights) {
          const text = item.text.replace(/\s+/g, " ").trim();
          const key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
          if (text.length < limits.insightText.min || text.length > limits.insightText.max || seen.has(key)) continue;
          const turnsOfChunk = chunks[c]?.turns ?? [];
          // Quotes are the source's own words: a reworded one is repaired to the nearest span,
          // one the source does not say drops the claim with it (the model may have made it up).
          const quote = repairQuote(item.quote, turnsOfChunk.map((turn) => turn.text).join("\n"));
          if (!quote) {
            quotes.dropped += 1;
            continue;
          }
          if (quote.repaired) quotes.repaired += 1;
          seen.add(key);
          const place = locateQuote(quote.quote, turnsOfChunk);
          insights.push({
            text,
            quote: quote.quote.slice(0, limits.quote),
            position: insights.length,
            confidence: Math.round(item.confidence * 100) / 100,
            topics: topicsOf(item.topics),
            ...(place?.startSec !== undefined && { startSec: place.startSec }),
            ...(place?.endSec !== undefined && { endSec: place.endSec }),
            ...(place?.speaker !== undefined && { speaker: place.speaker }),
          });
        }
      });
      const extraction: Extraction = Object.assign(insights, { quotes });
      return extraction;
    },
  };
}
