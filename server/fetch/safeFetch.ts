import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { type AddressRule, checkLiteralHost, guardedLookup, isPublicAddress, RefusedAddressError } from "./addresses";

/** Who is asking, in every request: a feed host can tell the app apart from a browser. */
export const USER_AGENT = "insight-graph/0.1 (podcast follower; +https://github.com/insight-graph)";
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;

export interface SafeFetchOptions {
  /** Largest body accepted (after decompression). */
  readonly maxBytes?: number;
  /** For the whole exchange, redirects and body included. */
  readonly timeoutMs?: number;
  /** Lifts the rule against loopback, private and link-local addresses (FEEDS_ALLOW_PRIVATE=1). */
  readonly allowPrivate?: boolean;
  /** Extra request headers, e.g. `If-None-Match` for a conditional GET. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly accept?: string;
  readonly signal?: AbortSignal;
  /** Which addresses count as allowed when `allowPrivate` is off (tests narrow it; default: public ones). */
  readonly allowAddress?: AddressRule;
}

export interface FetchedBody {
  /** Where the answer came from, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly bytes: Uint8Array;
}

export type FetchProblem = "refused" | "unreachable" | "timeout" | "status" | "too_large";

/** Why a fetch failed, in words that name the URL; `problem` says which rule or failure it was. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly problem: FetchProblem,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`${url}: ${reason}`);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function checkUrl(raw: string, allowPrivate: boolean, allowed: AddressRule): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(raw, "refused", "not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError(raw, "refused", "only http:// and https:// addresses can be fetched");
  if (url.username || url.password) throw new FetchError(raw, "refused", "addresses with a user name or password are not fetched");
  if (!allowPrivate) {
    try {
      checkLiteralHost(url, allowed);
    } catch (error) {
      throw new FetchError(raw, "refused", (error as Error).message);
    }
  }
  return url;
}

function send(url: URL, options: SafeFetchOptions, allowed: AddressRule, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "GET",
      signal,
      agent: false,
      ...(options.allowPrivate ? {} : { lookup: guardedLookup(allowed) }),
      headers: {
        "user-agent": USER_AGENT,
        accept: options.accept ?? "*/*",
        "accept-encoding": "gzip, deflate, br",
        ...options.headers,
      },
    });
    req.once("response", resolve);
    req.once("error", reject);
    req.end();
  });
}

function decoded(response: IncomingMessage): Readable {
  switch ((response.headers["content-encoding"] ?? "").toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(createGunzip());
    case "deflate":
      return response.pipe(createInflate());
    case "br":
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

async function readCapped(response: IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers["content-length"] ?? 0);
  if (!response.headers["content-encoding"] && declared > maxBytes) {
    response.destroy();
    throw new FetchError(url, "too_large", `the answer is ${megabytes(declared)}, over the limit of ${megabytes(maxBytes)}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const body = decoded(response);
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new FetchError(url, "too_large", `the answer is larger than the limit of ${megabytes(maxBytes)}`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function describeFailure(url: string, error: unknown, timeoutMs: number, signal: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) {
    const byCaller = !(signal.reason instanceof Error && signal.reason.name === "TimeoutError");
    return new FetchError(url, "timeout", byCaller ? "the fetch was cancelled" : `no complete answer within ${timeoutMs / 1000} s`);
  }
  const refused = findCause(error, (e): e is RefusedAddressError => e instanceof RefusedAddressError);
  if (refused) return new FetchError(url, "refused", refused.message);
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
  return new FetchError(url, "unreachable", `could not reach ${new URL(url).host} (${reason})`);
}

function findCause<T>(error: unknown, test: (e: unknown) => e is T): T | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) if (test(e)) return e;
  return undefined;
}

/**
 * The one way the server fetches from the internet (feeds, transcripts, chapters, audio, pages):
 * http(s) only; the address checked on every hop of a redirect, after DNS resolution and at
 * connect time (so a name cannot point somewhere else between check and use); the body capped in
 * size and the whole exchange in time; a User-Agent that names the app. A 304 answer (to a
 * conditional GET) is returned as is; any other status outside 2xx is a FetchError.
 */
export async function safeFetch(raw: string, options: SafeFetchOptions = {}): Promise<FetchedBody> {
  const allowPrivate = options.allowPrivate ?? false;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
  const allowed = options.allowAddress ?? isPublicAddress;
  let url = checkUrl(raw, allowPrivate, allowed);
  try {
    for (let hop = 0; ; hop++) {
      const response = await send(url, { ...options, allowPrivate }, allowed, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        response.resume();
        if (hop >= MAX_REDIRECTS) throw new FetchError(raw, "unreachable", `more than ${MAX_REDIRECTS} redirects`);
        url = checkUrl(new URL(location, url).toString(), allowPrivate, allowed);
        continue;
      }
      if (status !== 304 && (status < 200 || status >= 300)) {
        response.resume();
        throw new FetchError(url.toString(), "status", `the server answered ${status} ${response.statusMessage ?? ""}`.trim(), status);
      }
      const bytes = status === 304 ? new Uint8Array() : await readCapped(response, url.toString(), maxBytes);
      const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]));
      return { url: url.toString(), status, headers, bytes };
    }
  } catch (error) {
    throw describeFailure(url.toString(), error, timeoutMs, signal);
  }
}
