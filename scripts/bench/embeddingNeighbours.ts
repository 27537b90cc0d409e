import { nearestAmong } from "../../server/related/dense";

/**
 * `npx tsx scripts/bench/embeddingNeighbours.ts`: the in-memory part of related refresh with
 * embeddings, nearest neighbours within one ingest batch (the vector index only sees committed
 * insights), for batch sizes and widths of real models. Random vectors: the cost does not depend
 * on what they mean. Single-run figures on a shared machine.
 */
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31 - 0.5;
};

for (const width of [384, 1536]) {
  for (const batch of [100, 1_000]) {
    const vectors = new Map(Array.from({ length: batch }, (_, i) => [`i${i}`, Array.from({ length: width }, random)] as const));
    nearestAmong(vectors, 25); // warm up
    const start = performance.now();
    nearestAmong(vectors, 25);
    console.log(`nearest 25 within a batch of ${String(batch).padStart(5)} × ${String(width).padStart(4)} dims: ${(performance.now() - start).toFixed(0)} ms`);
  }
}
