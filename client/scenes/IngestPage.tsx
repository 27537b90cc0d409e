import { DropFiles } from "../ingest/DropFiles";
import { PasteForm } from "../ingest/PasteForm";

/** `/ingest`: bring a source in from the browser, by pasting it or dropping files. */
export function IngestPage() {
  return (
    <article className="page ingest-page">
      <title>Ingest · Insight graph</title>
      <p className="eyebrow">Ingest</p>
      <h1>Add a source</h1>
      <p className="meta">Its claims are extracted, linked to their topics and related insights, and appear on the map.</p>
      <DropFiles />
      <PasteForm />
    </article>
  );
}
