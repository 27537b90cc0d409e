import type { ReadingListDocument } from "@shared/api/readingListDocument";

/** The document as is: its shape is `ReadingListDocument` in shared/api (see the README). */
export const toJson = (document: ReadingListDocument) => `${JSON.stringify(document, null, 2)}\n`;
