import { describe, expect, it } from "vitest";
import { ApiError } from "../api/ApiError";
import { describeProblem } from "./describeProblem";

describe("describeProblem", () => {
  it("says the database is unreachable when the API answers database_unavailable", () => {
    const problem = describeProblem(new ApiError("database_unavailable", "ServiceUnavailable", 503));
    expect(problem).toMatchObject({ title: "Can't reach the database", retryable: true });
  });

  it("tells a missing server apart from a missing database", () => {
    expect(describeProblem(new ApiError("unreachable", "no answer")).title).toBe(
      "Can't reach the server",
    );
  });

  it("names what is missing and offers no retry for it", () => {
    const problem = describeProblem(new ApiError("not_found", "No insight abc", 404), "This insight");
    expect(problem).toEqual({
      title: "This insight doesn't exist",
      detail: "No insight abc",
      retryable: false,
    });
  });

  it("falls back to the message of an unexpected error", () => {
    expect(describeProblem(new Error("chunk failed to load"))).toMatchObject({
      title: "Something went wrong",
      detail: "chunk failed to load",
    });
  });
});
