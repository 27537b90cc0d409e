import { FetchError, safeFetch } from "../fetch/safeFetch";
import { DEFAULT_MAX_BYTES, InputError, type RawInput } from "./formats";

export { DEFAULT_FETCH_TIMEOUT_MS } from "../fetch/safeFetch";

export interface FetchLimits {
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  /** Fetch from loopback, private and link-local addresses too (FEEDS_ALLOW_PRIVATE=1). */
  readonly allowPrivate?: boolean;
}

const ACCEPT = "text/html, application/rss+xml, application/atom+xml, text/vtt, text/plain;q=0.9, */*;q=0.5";

/**
 * Fetches a page, feed or transcript through the one safe fetch (http(s) only, public addresses
 * unless allowed, size and time limits); any failure is an InputError naming the URL.
 */
export async function fetchInput(url: string, limits: FetchLimits = {}): Promise<RawInput> {
  try {
    const answer = await safeFetch(url, { maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES, accept: ACCEPT, ...limits });
    const contentType = answer.headers["content-type"];
    return { origin: url, url: answer.url, bytes: answer.bytes, ...(contentType && { contentType }) };
  } catch (error) {
    if (error instanceof FetchError) throw new InputError(url, error.reason);
    throw error;
  }
}
