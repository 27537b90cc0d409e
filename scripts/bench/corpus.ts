import type { NewInsight } from "@shared/api/insights";
import { seededRandom } from "@shared/random";

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s: a few huge, many tiny. */
export function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + 1) ** s;
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const syllables = ["ka", "lo", "mi", "ren", "sto", "vel", "dra", "quin", "po", "ter", "shi", "nam", "gor", "bel", "tu", "fex"];
const glue = ["the", "a", "of", "to", "and", "in", "for", "that", "with", "on", "is", "will", "more", "than"];

function makeWord(random: () => number): string {
  const length = 2 + Math.floor(random() * 2);
  return Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)]).join("");
}

export interface CorpusOptions {
  readonly insights: number;
  readonly topics: number;
  readonly seed?: number;
}

/**
 * Synthetic pre-extracted insights: 12 to 45 words each, 1 to 5 topics drawn from a Zipf-like
 * distribution over `topics` names (so a few topics hold thousands of insights), content words
 * Zipf-distributed too so that text similarity has something to find. Ten insights per source.
 */
export function* syntheticInsights(options: CorpusOptions, offset = 0): Generator<NewInsight> {
  const random = seededRandom((options.seed ?? 42) + offset);
  const vocabulary = Array.from({ length: 5_000 }, () => makeWord(random));
  const topicNames = Array.from({ length: options.topics }, (_, rank) => `bench topic ${rank} ${makeWord(random)}`);
  const pickWord = zipfSampler(vocabulary.length, 1.05, random);
  const pickTopic = zipfSampler(topicNames.length, 1.0, random);
  for (let index = offset; index < offset + options.insights; index++) {
    const words = Array.from({ length: 12 + Math.floor(random() * 34) }, (_, position) =>
      position % 3 === 1 ? glue[Math.floor(random() * glue.length)] : vocabulary[pickWord()],
    );
    const topics = new Set<string>();
    const wanted = 1 + Math.floor(random() * 5);
    while (topics.size < wanted) topics.add(topicNames[pickTopic()]!);
    yield {
      text: `Insight ${index}: ${words.join(" ")}.`,
      topics: [...topics],
      source: { title: `Bench source ${Math.floor(index / 10)}`, url: `https://example.org/bench/${Math.floor(index / 10)}` },
    };
  }
}

export function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
