import { buildPath, ErrorBody } from "@shared/api";
import type { Body, Contract, Params, Query, Response } from "@shared/api";
import { ApiError, codeForStatus } from "./ApiError";

/** Makes an option required exactly when the contract's schema has required fields. */
type Field<K extends string, T> = Record<never, never> extends T ? { readonly [P in K]?: T } : { readonly [P in K]: T };

export type RequestOptions<C extends Contract> = Field<"params", Params<C>> &
  Field<"query", Query<C>> &
  Field<"body", Body<C>> & { readonly signal?: AbortSignal };

type QueryValue = string | number | boolean | null | undefined;

/** Builds `/api/...?a=1` from a contract's path, its `:params` and a query object. */
export function buildUrl(
  path: string,
  params: Readonly<Record<string, string>> = {},
  query: Readonly<Record<string, QueryValue | readonly QueryValue[]>> = {},
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) search.append(key, String(item));
    }
  }
  const qs = search.toString();
  return buildPath(path, params) + (qs ? `?${qs}` : "");
}

/**
 * The one way the client talks to the API: fills the contract's path, sends JSON, and parses the
 * answer with the same contract the server validates with. Every failure becomes an `ApiError`
 * except an abort, which callers expect to see as the `AbortError` they caused.
 */
export async function request<C extends Contract>(
  contract: C,
  options: RequestOptions<C>,
): Promise<Response<C>> {
  const { params, query, body, signal } = options as {
    params?: Record<string, string>;
    query?: Record<string, QueryValue>;
    body?: unknown;
    signal?: AbortSignal;
  };
  const sendsBody = contract.method !== "GET" && body !== undefined;
  const url = buildUrl(contract.path, params, query);

  let answer: globalThis.Response;
  try {
    answer = await fetch(url, {
      method: contract.method,
      headers: sendsBody
        ? { accept: "application/json", "content-type": "application/json" }
        : { accept: "application/json" },
      body: sendsBody ? JSON.stringify(body) : undefined,
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError("unreachable", "The server did not answer.", null, error);
  }

  const json = await readJson(answer);
  if (!answer.ok) throw toApiError(answer.status, json);

  const parsed = contract.response.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      "invalid_response",
      `The answer from ${contract.method} ${contract.path} did not match its contract.`,
      answer.status,
      parsed.error.issues,
    );
  }
  return parsed.data as Response<C>;
}

const notJson = Symbol("not json");

async function readJson(answer: globalThis.Response): Promise<unknown> {
  try {
    return (await answer.json()) as unknown;
  } catch {
    return notJson;
  }
}

function toApiError(status: number, json: unknown): ApiError {
  const body = ErrorBody.safeParse(json);
  if (body.success) {
    const { code, message, details } = body.data.error;
    return new ApiError(code, message, status, details);
  }
  return new ApiError(codeForStatus(status), `The server answered ${status}.`, status);
}
