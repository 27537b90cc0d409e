import { limits } from "@shared/limits";
import { unreadableText } from "@shared/readableText";
import { InputError } from "./types";

/** Largest file read by default, in bytes; the CLI (`--max-bytes`, INGEST_MAX_BYTES) can change it. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

// Leading bytes of formats people drop into a folder by mistake, with what to do instead.
const signatures: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF, read as one only when no other format is asked for" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (or a Word/EPUB file); unpack or export its text first" },
  { bytes: [0x1f, 0x8b], what: "gzip-compressed; decompress it first" },
  { bytes: [0x49, 0x44, 0x33], what: "an MP3 file; ingest its transcript instead" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function binaryKind(bytes: Uint8Array): string | undefined {
  const known = signatures.find((s) => startsWith(bytes, s.bytes));
  if (known) return known.what;
  // Text never holds NUL bytes (UTF-16 is caught by its byte-order mark before this).
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? "binary data, not text" : undefined;
}

// `<?xml version="1.0" encoding="GB2312"?>`, `<meta charset="windows-1252">` or the http-equiv form.
const declaration = /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']|<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

/**
 * A decoder for the encoding a feed or page declares in its first bytes, when that is not UTF-8
 * and the runtime knows it (GB2312, Big5, Shift_JIS, Windows-1252, ...); else undefined.
 */
function declaredDecoder(bytes: Uint8Array): TextDecoder | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const match = declaration.exec(head);
  const label = match?.[1] ?? match?.[2];
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label);
    return decoder.encoding === "utf-8" || decoder.encoding.startsWith("utf-16") ? undefined : decoder;
  } catch {
    return undefined;
  }
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Refuses an empty file or one over the size limit, naming both sizes. */
export function checkSize(origin: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): void {
  if (bytes.length === 0) throw new InputError(origin, "the file is empty");
  if (bytes.length > maxBytes) {
    throw new InputError(origin, `the file is ${megabytes(bytes.length)}, over the limit of ${megabytes(maxBytes)}`);
  }
}

/**
 * The text of a file: UTF-8 (with or without a byte-order mark), UTF-16 with one, or the encoding
 * a feed or page declares (`<?xml encoding>`, `<meta charset>`). Empty,
 * oversized, binary and wrongly encoded files are refused with the reason.
 */
export function decodeText(origin: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  checkSize(origin, bytes, maxBytes);
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    const binary = binaryKind(bytes);
    if (binary) throw new InputError(origin, `the file is ${binary}`);
    const declared = declaredDecoder(bytes);
    if (declared) text = declared.decode(bytes);
    else {
      try {
        text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch {
        throw new InputError(origin, "the file is not valid UTF-8 text and declares no other encoding (it may be Latin-1 or Windows-1252); save it as UTF-8");
      }
    }
  }
  if (text.trim().length === 0) throw new InputError(origin, "the file holds only whitespace");
  const unreadable = unreadableText(text);
  if (unreadable) throw new InputError(origin, `the file ${unreadable}`);
  if (text.length > limits.sourceText) {
    throw new InputError(origin, `the text has ${text.length} characters, over the limit of ${limits.sourceText}`);
  }
  return text.replace(/\r\n?/g, "\n");
}
