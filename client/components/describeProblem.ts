import { isApiError } from "../api/ApiError";

export interface ProblemText {
  readonly title: string;
  readonly detail: string;
  /** Whether trying again could help; a missing insight stays missing. */
  readonly retryable: boolean;
}

/** Turns any failure into words a researcher can act on. */
export function describeProblem(error: unknown, missing = "That page"): ProblemText {
  if (!isApiError(error)) {
    return {
      title: "Something went wrong",
      detail: error instanceof Error ? error.message : "An unexpected error happened.",
      retryable: true,
    };
  }
  switch (error.code) {
    case "database_unavailable":
      return {
        title: "Can't reach the database",
        detail: "The server is running but Neo4j is not answering. Try again in a moment.",
        retryable: true,
      };
    case "unreachable":
      return {
        title: "Can't reach the server",
        detail: "The insight graph API did not answer. Check that it is running.",
        retryable: true,
      };
    case "not_found":
      return { title: `${missing} doesn't exist`, detail: error.message, retryable: false };
    case "unauthorized":
      return {
        title: "This server needs an API token for changes",
        detail: "It was started with API_TOKEN, so writes from the browser are refused. Use the API or CLI with the token.",
        retryable: false,
      };
    case "payload_too_large":
      return { title: "That is too large to send", detail: error.message, retryable: false };
    case "bad_request":
      return { title: "That address isn't valid", detail: error.message, retryable: false };
    case "invalid_response":
      return {
        title: "The server answered in a form this page doesn't understand",
        detail: "The client and server may be different versions; reloading may help.",
        retryable: true,
      };
    default:
      return { title: "Something went wrong", detail: error.message, retryable: true };
  }
}
