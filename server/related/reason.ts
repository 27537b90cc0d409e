import type { ScoredPair } from "./scoring";

/** Text cosine above which the wording itself is worth mentioning. */
const SIMILAR_WORDING = 0.2;
const NAMED = 2;

/**
 * The line a reader sees under a related insight, e.g. "shares sovereign AI and open source;
 * similar wording". What picked the pair comes first: closeness in meaning when the embedding part
 * outweighed the others, then the shared topics, rarest first.
 */
export function relatedReason(pair: ScoredPair): string {
  const parts: string[] = [];
  if (pair.closeInMeaning) parts.push("close in meaning");
  if (pair.sharedTopics.length > 0) parts.push(`shares ${listNames(pair.sharedTopics.map((t) => t.name))}`);
  if (pair.parts.text >= SIMILAR_WORDING || parts.length === 0) {
    const words = pair.sharedTerms.slice(0, 3);
    parts.push(parts.length > 0 || words.length === 0 ? "similar wording" : `similar wording (${words.join(", ")})`);
  }
  if (pair.parts.samePassage) parts.push("same passage");
  return parts.join("; ");
}

function listNames(names: readonly string[]): string {
  if (names.length <= NAMED + 1) {
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  }
  return `${names.slice(0, NAMED).join(", ")} and ${names.length - NAMED} more`;
}
