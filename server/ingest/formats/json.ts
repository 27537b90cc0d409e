import { NewInsight } from "@shared/api/insights";
import type { SourceMeta } from "@shared/api/sources";
import { InputError, type ParsedDocument, titleFromOrigin } from "./types";

type Item = { readonly value: unknown; readonly where: string };

function syntaxError(origin: string, error: unknown, where = ""): InputError {
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError(origin, `malformed JSON${where}: ${reason}`);
}

function jsonItems(origin: string, text: string): Item[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw syntaxError(origin, error);
  }
  const list = Array.isArray(data) ? data : (data as { insights?: unknown })?.insights;
  if (!Array.isArray(list)) {
    throw new InputError(origin, 'expected {"insights": [...]} or an array of insights ({ text, topics?, quote?, source? })');
  }
  return list.map((value, i) => ({ value, where: `item ${i + 1}` }));
}

/** One insight per line; a malformed line is skipped with its line number, the rest go in. */
function jsonlItems(text: string, skipped: string[]): Item[] {
  const items: Item[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      items.push({ value: JSON.parse(line), where: `line ${i + 1}` });
    } catch (error) {
      skipped.push(`line ${i + 1}: malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return items;
}

/**
 * Insights extracted by another tool, in the `POST /api/insights` shape: `{"insights": [...]}`
 * or an array (JSON), or one insight per line (JSONL). Invalid items are skipped with the
 * reason; insights without a source are attributed to the file.
 */
export function parseInsightsJson(origin: string, text: string, format: "json" | "jsonl", meta: Partial<SourceMeta> = {}): ParsedDocument {
  const skipped: string[] = [];
  const items = format === "json" ? jsonItems(origin, text) : jsonlItems(text, skipped);
  const title = meta.title ?? titleFromOrigin(origin);
  const insights: NewInsight[] = [];
  for (const { value, where } of items) {
    const parsed = NewInsight.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skipped.push(`${where}: ${issue ? `${issue.path.join(".") || "insight"}: ${issue.message}` : "not an insight"}`);
      continue;
    }
    insights.push({ ...parsed.data, source: parsed.data.source ?? { title, ...(meta.url && { url: meta.url }) } });
  }
  if (insights.length === 0) {
    throw new InputError(origin, skipped.length > 0 ? `no valid insights (${skipped.slice(0, 3).join("; ")})` : "the file holds no insights");
  }
  return { format, meta: { title, kind: "note", ...meta }, body: { type: "insights", insights }, skipped };
}
