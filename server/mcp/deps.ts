import type { Database } from "../db";
import type { InsightEmbeddings } from "../embeddings";
import type { Extractor } from "../extract/types";
import type { ExplorerLinks } from "./answer";

/** What the MCP tools work with: the same database, embeddings and extractor as the app. */
export interface McpDeps {
  readonly db: Database;
  readonly links: ExplorerLinks;
  readonly embeddings?: InsightEmbeddings;
  /** The write tools; absent, the server is read-only (MCP_WRITE unset). */
  readonly writes?: { readonly extractor: Extractor; readonly relatedK: number };
  readonly now: () => Date;
  /** Standard error only: standard output carries the protocol. */
  readonly log: (line: string) => void;
}
