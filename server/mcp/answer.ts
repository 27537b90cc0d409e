import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/**
 * A tool's answer as one compact JSON text: LLM clients read it as text, and compact JSON costs
 * the fewest tokens while staying exact.
 */
export const answer = (value: unknown): CallToolResult => ({ content: [{ type: "text", text: JSON.stringify(value) }] });

/** Where a person opens what a tool names, in the explorer. */
export interface ExplorerLinks {
  insight(id: string): string;
  topic(slug: string): string;
}

export function explorerLinks(appUrl: string): ExplorerLinks {
  const base = appUrl.replace(/\/+$/, "");
  return {
    insight: (id) => `${base}/insights/${encodeURIComponent(id)}`,
    topic: (slug) => `${base}/topics/${encodeURIComponent(slug)}`,
  };
}
