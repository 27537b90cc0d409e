import type { SourceListing } from "@shared/api";

/** The line under a source's title: "Compute Weekly · podcast episode · 2026-10-01 · sample". */
export function sourceFacts(source: SourceListing): string {
  const date = (source.publishedAt ?? source.ingestedAt ?? "").slice(0, 10);
  return [source.show, source.kind.replace("-", " "), date, source.status === "ingested" ? null : source.status, source.sample ? "sample" : null]
    .filter(Boolean)
    .join(" · ");
}
