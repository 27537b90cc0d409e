import { pathLimits } from "@shared/api/path";
import type { InsightId } from "@shared/ids";
import type { Database } from "../db";
import { notFound } from "../errors";
import { findPathRows } from "../repositories/paths";
import { type ExplainedPaths, explainPaths } from "./explainPaths";

export interface PathAnswer extends ExplainedPaths {
  readonly message: string | null;
}

export const noPathMessage = `These two insights are not connected: no chain of up to ${pathLimits.maxHops} related links or shared topics leads from one to the other.`;

/** How `from` connects to `to`, for the API and the MCP tool alike; unknown ids are a 404. */
export async function findPaths(db: Database, from: InsightId, to: InsightId, k: number): Promise<PathAnswer> {
  const rows = await db.read("insightPaths", (tx) => findPathRows(tx, from, to));
  if (!rows.fromFound) throw notFound(`Insight ${from}`);
  if (!rows.toFound) throw notFound(`Insight ${to}`);
  const explained = explainPaths(rows.paths, k);
  return { ...explained, message: explained.paths.length === 0 ? noPathMessage : null };
}
