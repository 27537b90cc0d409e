/**
 * How widely the insight `i` was said, as Cypher count expressions over `i` in scope: one wording
 * for the evidence line under a claim and for sorting lists by evidence, so both count alike.
 */
export const EVIDENCE_COUNTS = {
  sources: `COUNT { MATCH (i)-[:FROM]->(s:Source) RETURN DISTINCT s }`,
  shows: `COUNT { MATCH (i)-[:FROM]->(s:Source) WHERE s.show IS NOT NULL RETURN DISTINCT s.show }`,
  speakers: `COUNT { MATCH (i)-[:SAID_BY]->(sp:Speaker) RETURN DISTINCT sp }`,
} as const;

