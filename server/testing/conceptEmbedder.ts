import { createHash } from "node:crypto";

/**
 * A deterministic stand-in for an embedding model, for tests and smoke checks only: each listed
 * concept is one axis, and a text points along the concepts its words name, so paraphrases in
 * different words land together. Words matching `private` (a test's unique tag) add a direction
 * hashed from the word, which keeps one test's vectors apart from another's in a shared index.
 * It knows nothing about language: no quality figure may be drawn from it.
 */
export function conceptEmbedding(concepts: readonly (readonly string[])[], extraDimensions = 8, privateWord = /^t[0-9a-f]{10}/) {
  return (text: string): number[] => {
    const vector = new Array<number>(concepts.length + extraDimensions).fill(0);
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const word of words) {
      concepts.forEach((names, axis) => {
        if (names.some((name) => word.startsWith(name))) vector[axis]! += 1;
      });
      const tag = word.match(privateWord)?.[0];
      if (tag && extraDimensions > 0) {
        const bytes = createHash("sha256").update(tag).digest();
        for (let i = 0; i < extraDimensions; i += 1) vector[concepts.length + i]! += (bytes[i]! / 255 - 0.5) * 0.5;
      }
    }
    // A text naming no concept still points somewhere, as a real model's would.
    if (!vector.some((v) => v !== 0)) vector[vector.length - 1] = 1;
    return vector;
  };
}
