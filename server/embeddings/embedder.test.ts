import { describe, expect, it } from "vitest";
import { EmbeddingError, checkEmbeddings } from "./embedder";

describe("checkEmbeddings", () => {
  const texts = ["a", "b"];

  it("passes one finite vector per text, all of one width, as plain arrays", () => {
    const answer = checkEmbeddings(texts, [Float32Array.of(1, 2) as unknown as number[], [3, 4]], 2);
    expect(answer).toEqual([[1, 2], [3, 4]]);
    expect(Array.isArray(answer[0])).toBe(true);
  });

  it("learns the width from the first vector when none is configured", () => {
    expect(() => checkEmbeddings(texts, [[1, 2, 3], [1, 2]], undefined)).toThrow("answered an embedding of 2 dimensions where 3 were expected");
  });

  it.each([
    ["a missing vector", [[1, 2]], 2, "answered 1 embeddings for 2 texts"],
    ["a width other than configured", [[1, 2], [3, 4]], 3, "of 2 dimensions where 3 were expected"],
    ["an empty vector", [[], []], undefined, "of 0 dimensions"],
    ["a value that is not a number", [[1, Number.NaN], [3, 4]], 2, "not a finite number"],
  ])("rejects %s", (_what, vectors, width, message) => {
    expect(() => checkEmbeddings(texts, vectors, width)).toThrow(EmbeddingError);
    expect(() => checkEmbeddings(texts, vectors, width)).toThrow(message);
  });
});
