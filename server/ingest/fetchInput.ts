import { DEFAULT_MAX_BYTES, InputError, type RawInput } from "./formats";

/** How long a page, feed or transcript may take to arrive in full. */
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

export interface FetchLimits {
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
}

function unreachable(url: string, error: unknown, timeoutMs: number): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new InputError(url, `no complete answer within ${timeoutMs / 1000} s`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  const reason = typeof code === "string" ? code : cause instanceof Error ? cause.message : String(cause);
  return new InputError(url, `could not reach ${new URL(url).host} (${reason})`);
}

async function readCapped(body: ReadableStream<Uint8Array>, url: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const chunk = read.value;
    size += chunk.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new InputError(url, `the answer is larger than the limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MB`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a page, feed or transcript over HTTP(S) with a size and a time limit; an unreachable
 * host, an error status or a body over the limit is an InputError naming the URL.
 */
export async function fetchInput(url: string, limits: FetchLimits = {}): Promise<RawInput> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = limits.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  if (!/^https?:\/\//i.test(url)) throw new InputError(url, "only http:// and https:// addresses can be fetched");
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "follow",
      headers: { accept: "text/html, application/rss+xml, application/atom+xml, text/vtt, text/plain;q=0.9, */*;q=0.5" },
    });
    if (!response.ok) throw new InputError(url, `the server answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (declared > maxBytes) throw new InputError(url, `the answer is ${(declared / 1024 / 1024).toFixed(1)} MB, over the limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MB`);
    const bytes = response.body ? await readCapped(response.body, url, maxBytes) : new Uint8Array();
    const contentType = response.headers.get("content-type") ?? undefined;
    return { origin: url, url: response.url || url, bytes, ...(contentType && { contentType }) };
  } catch (error) {
    throw unreachable(url, error, timeoutMs);
  }
}
