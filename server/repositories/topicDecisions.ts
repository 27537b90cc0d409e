import type { TopicDecision } from "@shared/api/topicCuration";
import type { TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/** A decision as stored: what the API shows, and the state its undo restores (JSON). */
export interface DecisionRow extends TopicDecision {
  readonly undo: string;
}

const projection = `d {.id, .kind, .topic, .other, .summary, at: toString(d.at), .undone, .undo}`;

export async function storeDecision(tx: ManagedTransaction, row: Omit<DecisionRow, "at" | "undone">): Promise<DecisionRow> {
  const result = await tx.run(
    `CREATE (d:TopicDecision {id: $row.id, kind: $row.kind, topic: $row.topic, other: $row.other, summary: $row.summary,
                             undo: $row.undo, at: datetime(), undone: false})
     RETURN ${projection} AS decision`,
    { row },
  );
  return result.records[0]!.get("decision");
}

export async function findDecision(tx: ManagedTransaction, id: string): Promise<DecisionRow | null> {
  const result = await tx.run(`MATCH (d:TopicDecision {id: $id}) RETURN ${projection} AS decision`, { id });
  return result.records[0]?.get("decision") ?? null;
}

/** A topic's decisions (as the topic or the other one of a merge or split), latest first. */
export async function findDecisionsOf(tx: ManagedTransaction, slug: TopicSlug): Promise<DecisionRow[]> {
  const result = await tx.run(
    `MATCH (d:TopicDecision) WHERE d.topic = $slug OR d.other = $slug
     RETURN ${projection} AS decision ORDER BY d.at DESC, d.id`,
    { slug },
  );
  return result.records.map((r) => r.get("decision"));
}

/** Whether a later decision, not undone, touches either topic of this one: undoing this first would tangle them. */
export async function hasLaterDecision(tx: ManagedTransaction, decision: DecisionRow): Promise<boolean> {
  const result = await tx.run(
    `MATCH (d:TopicDecision {id: $id})
     RETURN EXISTS {
       MATCH (later:TopicDecision) WHERE later.at > d.at AND NOT later.undone
         AND (later.topic IN [d.topic, d.other] OR later.other IN [d.topic, d.other])
     } AS later`,
    { id: decision.id },
  );
  return result.records[0]?.get("later") === true;
}

export async function markUndone(tx: ManagedTransaction, id: string): Promise<void> {
  await tx.run(`MATCH (d:TopicDecision {id: $id}) SET d.undone = true`, { id });
}
