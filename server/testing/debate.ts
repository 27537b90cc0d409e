import { createHash } from "node:crypto";
import type { InsightId } from "@shared/ids";
import type { Database } from "../db";

/** One hand-made claim of a test debate: its side of the debate and which point it makes. */
export interface DebateClaim {
  readonly key: string;
  readonly text: string;
  readonly side: number;
  readonly point: number;
}

/** A small debate the offline labeller reads one way: the ally supports the anchor, the rival contradicts it, the rest are context. */
export const CHILD_PERFORMING: readonly DebateClaim[] = [
  { key: "anchor", text: "Child performing helps children grow confident", side: 1, point: 0 },
  { key: "ally", text: "Performing on stage builds a child's confidence", side: 1, point: 2 },
  { key: "rival", text: "Performing harms children through pressure", side: -1, point: 0 },
  { key: "n1", text: "Stage schools train young actors", side: 2, point: 3 },
  { key: "n2", text: "Film sets keep long hours", side: -2, point: 3 },
  { key: "n3", text: "Agents sign children at five", side: 2, point: -3 },
  { key: "n4", text: "Parents manage child earnings", side: -2, point: -3 },
];

// NOTE: 16-wide vectors stay out of the shared vector index (the local model's 384), so these
// hand-made claims are never anyone else's candidates. A debate along axis 0; its two sides lean
// along axis 1; axis 2 tells points apart.
const vector = (side: number, point: number) => [1, side * 0.3, point * 0.3, ...new Array<number>(13).fill(0)];

/**
 * Insights with embeddings, and RELATED_TO edges from each claim to every later one, written as a
 * refresh would; returns their ids by key. Texts carry the tag, so every test's claims are its own.
 */
export async function makeDebate(db: Database, tag: string, made: readonly DebateClaim[]): Promise<Record<string, InsightId>> {
  const rows = made.map((m) => ({ id: createHash("sha256").update(`${tag}-${m.key}`).digest("hex").slice(0, 32), text: `${m.text} (${tag})`, embedding: vector(m.side, m.point) }));
  const edges = rows.flatMap((a, i) => rows.slice(i + 1).map((b) => ({ from: a.id, to: b.id })));
  await db.write("test", async (tx) => {
    await tx.run("UNWIND $rows AS row CREATE (i:Insight {id: row.id, text: row.text, embedding: row.embedding})", { rows });
    await tx.run(
      `UNWIND $edges AS edge MATCH (a:Insight {id: edge.from}), (b:Insight {id: edge.to})
       CREATE (a)-[:RELATED_TO {score: 0.5, sharedTopics: [], reason: 'test'}]->(b)`,
      { edges },
    );
  });
  return Object.fromEntries(made.map((m, i) => [m.key, rows[i]!.id as InsightId]));
}
