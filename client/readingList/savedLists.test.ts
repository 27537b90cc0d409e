import { describe, expect, it } from "vitest";
import { ApiError } from "../api/ApiError";
import { copyName, nameProblem, quoteRepeatsClaim } from "./savedLists";

describe("saved reading lists", () => {
  it("names a duplicate after the original, within the limit", () => {
    expect(copyName("Sovereign AI")).toBe("Copy of Sovereign AI");
    expect(copyName("x".repeat(200))).toHaveLength(200);
  });

  it("turns the server's refusal of a name into words for the field", () => {
    const empty = new ApiError("bad_request", "body.name: Too small: expected string to have >=1 characters", 400, [
      { path: "body.name", message: "Too small: expected string to have >=1 characters" },
    ]);
    const long = new ApiError("bad_request", "body.name: Too big: expected string to have <=200 characters", 400, [
      { path: "body.name", message: "Too big: expected string to have <=200 characters" },
    ]);
    expect(nameProblem(empty)).toBe("Give the list a name.");
    expect(nameProblem(long)).toBe("Keep the name to 200 characters or fewer.");
    expect(nameProblem(new ApiError("bad_request", "body.items.0.id: not an insight id", 400, [{ path: "body.items.0.id", message: "x" }]))).toBeNull();
    expect(nameProblem(new ApiError("unreachable", "The server did not answer."))).toBeNull();
  });

  it("folds a quote that only repeats the claim, and keeps one that adds to it", () => {
    const claim = "Most countries will adapt open models to their own data.";
    expect(quoteRepeatsClaim(claim, "Most countries will adapt open models to their own data")).toBe(true);
    expect(quoteRepeatsClaim(claim, "“Most countries,” she said, “will adapt open models to their own data.”")).toBe(true);
    expect(quoteRepeatsClaim(claim, "I think most countries will adapt open models to their own data, because training a frontier model costs more than their whole research budget.")).toBe(false);
    expect(quoteRepeatsClaim(claim, null)).toBe(false);
  });
});
