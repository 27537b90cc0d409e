import type { Highlight } from "@shared/api/search";
import { highlightSegments } from "./highlight";

/** A text with its matches in `<mark>`, built from text nodes only. */
export function Highlighted({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  return (
    <>
      {highlightSegments(text, highlights).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
