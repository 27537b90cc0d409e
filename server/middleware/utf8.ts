import type { IncomingMessage } from "node:http";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * `express.json`'s `verify` hook: a body declared (or defaulted to) UTF-8 must be UTF-8. Without
 * this, invalid bytes become U+FFFD and a mangled claim is stored as if someone had written it.
 */
export function rejectInvalidUtf8(_req: IncomingMessage, _res: unknown, body: Buffer, encoding: string): void {
  if (encoding.toLowerCase().replace("-", "") !== "utf8") return;
  try {
    strictUtf8.decode(body);
  } catch {
    throw Object.assign(new Error("The request body is not valid UTF-8."), { status: 400, type: "encoding.invalid" });
  }
}
