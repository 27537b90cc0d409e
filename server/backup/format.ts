import { z } from "zod";
import { taggedTypes } from "./values";

/**
 * A backup is one JSON document laid out one record per line, so it is written and read as a
 * stream, never held in memory whole:
 *
 *   {"header":{"format":"insight-graph-backup","version":1,…},
 *   "nodes":[
 *   {"key":"4:…:0","labels":["Insight"],"properties":{…}}
 *   ,{"key":"4:…:1","labels":["Topic"],"properties":{…}}
 *   ],
 *   "relationships":[
 *   {"type":"ABOUT","start":"4:…:0","end":"4:…:1","properties":{…}}
 *   ],
 *   "counts":{"nodes":2,"relationships":1}}
 *
 * The counts come last: a file cut short has none, and restore refuses it.
 */
export const layout = {
  headerPrefix: '{"header":',
  nodesOpen: '"nodes":[',
  relationshipsOpen: '"relationships":[',
  close: "],",
  countsPrefix: '"counts":',
} as const;

const Tagged = z
  .object({ $type: z.enum(taggedTypes as [string, ...string[]]), value: z.union([z.string(), z.array(z.string())]) })
  .strict()
  .refine((tagged) => tagged.$type.startsWith("LIST<") === Array.isArray(tagged.value), "a list type needs a list of values");
const Plain = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number()), z.array(z.boolean())]);
const Properties = z.record(z.string().min(1), z.union([Plain, Tagged]));

/** Labels and types go into Cypher through `$(…)`, as parameters; still, refuse what no graph of ours holds. */
const Name = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "not a label or relationship type this app writes");

export const BackupHeader = z.object({
  format: z.literal("insight-graph-backup"),
  version: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  database: z.string(),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const NodeRecord = z.object({ key: z.string().min(1), labels: z.array(Name), properties: Properties }).strict();
export type NodeRecord = z.infer<typeof NodeRecord>;

export const RelationshipRecord = z
  .object({ type: Name, start: z.string().min(1), end: z.string().min(1), properties: Properties })
  .strict();
export type RelationshipRecord = z.infer<typeof RelationshipRecord>;

export const BackupCounts = z.object({ nodes: z.number().int().nonnegative(), relationships: z.number().int().nonnegative() });
export type BackupCounts = z.infer<typeof BackupCounts>;
