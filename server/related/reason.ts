import type { ScoredPair } from "./scoring";
import { contentTerms } from "./terms";

/** Text cosine above which the wording itself is worth mentioning. */
const SIMILAR_WORDING = 0.2;
const NAMED = 2;

/**
 * The line a reader sees under a related insight, e.g. "close in meaning; shares sovereign AI;
 * similar wording (open weights)". What picked the pair comes first: closeness in meaning when the
 * embedding part outweighed the others, then the shared topics, rarest first. Shared words are
 * quoted as the related insight writes them (never as stems), so the reason reads as its text does.
 */
export function relatedReason(pair: ScoredPair, relatedText = ""): string {
  const parts: string[] = [];
  if (pair.closeInMeaning) parts.push("close in meaning");
  if (pair.sharedTopics.length > 0) parts.push(`shares ${listNames(pair.sharedTopics.map((t) => t.name))}`);
  if (pair.parts.text >= SIMILAR_WORDING || parts.length === 0) {
    const words = wordsAsWritten(pair.sharedTerms.slice(0, 3), relatedText);
    parts.push(parts.length > 0 || words.length === 0 ? "similar wording" : `similar wording (${words.join(", ")})`);
  }
  if (pair.parts.samePassage) parts.push("same passage");
  return parts.join("; ");
}

/** The words of `text` whose lemma is one of `lemmas`, in the lemmas' order, as the text spells them. */
export function wordsAsWritten(lemmas: readonly string[], text: string): string[] {
  if (lemmas.length === 0 || text === "") return [];
  const { terms, surface } = contentTerms(text);
  return lemmas.flatMap((lemma) => {
    const at = terms.indexOf(lemma);
    if (at < 0) return [];
    const word = surface[at]!;
    // The original casing, when the word can be found in the text as it stands.
    const written = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu").exec(text)?.[0];
    return [written ?? word];
  });
}

function listNames(names: readonly string[]): string {
  if (names.length <= NAMED + 1) {
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  }
  return `${names.slice(0, NAMED).join(", ")} and ${names.length - NAMED} more`;
}
