import { InputError } from "../ingest/formats";
import type { InputTask } from "../ingest/readInputs";

/** Extensions and declared types an upload may have: text formats only. */
const textExtension = /\.(?:txt|text|md|markdown|html?|vtt|srt|json|jsonl|ndjson|xml|rss|atom)$/i;
const textType = /^(?:text\/|application\/(?:json|x-ndjson|xml|rss\+xml|atom\+xml|xhtml\+xml|x-subrip)\b)/;

/**
 * An uploaded file as an input of an ingest run. A file that is neither named nor declared as text is
 * refused before it is read; one that claims to be text is still checked byte by byte.
 */
export function uploadTask(file: Express.Multer.File): InputTask {
  const origin = file.originalname || "upload";
  return {
    origin,
    load: async () => {
      if (!textExtension.test(origin) && !textType.test(file.mimetype)) {
        throw new InputError(origin, `${file.mimetype || "this type"} is not a supported source format (text, Markdown, HTML, WebVTT, SRT, JSON/JSONL, RSS/Atom)`);
      }
      return { origin, bytes: file.buffer, ...(file.mimetype && { contentType: file.mimetype }) };
    },
  };
}
