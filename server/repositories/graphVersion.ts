import type { ManagedTransaction } from "../db";

/**
 * The topic map's version: a token replaced in every transaction that changes what the map shows
 * (ingests, communities). A token rather than a counter, so a restored backup brings back the
 * version its data had instead of colliding with a later count.
 */
export async function touchGraphVersion(tx: ManagedTransaction): Promise<void> {
  await tx.run("MERGE (v:GraphVersion {id: 'topic-map'}) SET v.token = randomUUID()");
}

export async function findGraphVersion(tx: ManagedTransaction): Promise<string | null> {
  const result = await tx.run("OPTIONAL MATCH (v:GraphVersion {id: 'topic-map'}) RETURN v.token AS token");
  return (result.records[0]?.get("token") as string | null | undefined) ?? null;
}
