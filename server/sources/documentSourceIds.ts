import type { SourceId } from "@shared/ids";
import { sourceIdOf } from "../ingest/ids";
import type { ParsedDocument } from "../ingest/formats";

/** The ids of the sources a parsed document will write, computed as the ingest computes them. */
export function documentSourceIds(doc: ParsedDocument): SourceId[] {
  switch (doc.body.type) {
    case "text":
      return [sourceIdOf({ ...doc.meta, text: doc.body.text })];
    case "listed": {
      const texts = [...(doc.body.headline ? [doc.body.headline] : []), ...doc.body.claims];
      return [sourceIdOf({ ...doc.meta, text: texts.join("\n") })];
    }
    case "insights":
      return [...new Set(doc.body.insights.flatMap((insight) => (insight.source ? [sourceIdOf(insight.source)] : [])))];
  }
}
