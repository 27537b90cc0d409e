import { hasSourceExtension, readableFormats } from "@shared/api/sources";
import { InputError } from "../ingest/formats";
import type { InputTask } from "../ingest/readInputs";

/** Declared types an upload may have: text formats and PDF. */
const sourceType = /^(?:text\/|application\/(?:json|x-ndjson|xml|rss\+xml|atom\+xml|xhtml\+xml|x-subrip|pdf)\b)/;

/**
 * An uploaded file as an input of an ingest run. A file that is neither named nor declared as a source
 * format is refused before it is read; one that claims to be text is still checked byte by byte.
 */
export function uploadTask(file: Express.Multer.File): InputTask {
  const origin = file.originalname || "upload";
  return {
    origin,
    load: async () => {
      if (!hasSourceExtension(origin) && !sourceType.test(file.mimetype)) {
        throw new InputError(origin, `${file.mimetype || "this type"} is not a supported source format (${readableFormats})`);
      }
      return { origin, bytes: file.buffer, ...(file.mimetype && { contentType: file.mimetype }) };
    },
  };
}
