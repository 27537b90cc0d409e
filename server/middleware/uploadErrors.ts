import type { ErrorCode } from "@shared/api/errors";
import multer from "multer";

export interface UploadProblem {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

const tooLarge = new Set(["LIMIT_FILE_SIZE", "LIMIT_FIELD_VALUE", "LIMIT_PART_COUNT", "LIMIT_FILE_COUNT", "LIMIT_FIELD_COUNT"]);

/**
 * NOTE: busboy (under multer) reports a malformed multipart body with a plain Error and no
 * status, so these messages are the only way to tell the client's fault from ours.
 */
const malformedMultipart = /^(Multipart: Boundary not found|Malformed part header|Malformed content type|Missing Content-Type|Unexpected end of (form|file)|Unsupported content type|Malformed urlencoded form|Request (aborted|closed))/;

/** What an upload problem raised by multer or busboy means for the client, or null if it is none. */
export function describeUploadError(error: unknown): UploadProblem | null {
  if (error instanceof multer.MulterError) {
    const where = error.field ? ` (field \`${error.field}\`)` : "";
    if (tooLarge.has(error.code)) return { status: 413, code: "payload_too_large", message: `${error.message}${where}: send fewer or smaller files.` };
    return { status: 400, code: "bad_request", message: `${error.message}${where}.` };
  }
  if (error instanceof Error && malformedMultipart.test(error.message)) {
    return { status: 400, code: "bad_request", message: `The multipart upload is malformed: ${error.message}.` };
  }
  return null;
}
