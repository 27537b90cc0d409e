import { TopicSlug } from "../ids";
import { limits } from "../limits";
import { singularise } from "./singular";

export interface NormalisedTopic {
  readonly slug: TopicSlug;
  readonly name: string;
}

/**
 * The words of a phrase in their original case: accents folded ("café" → "cafe"), possessives
 * dropped ("China's" → "China"), hyphens, slashes and other punctuation treated as spaces.
 */
export function splitWords(raw: string): string[] {
  const folded = raw
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/giu, "")
    .replace(/['’]/g, "")
    .replace(/&/g, " and ");
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const articles = new Set(["the", "a", "an"]);

/** Lower-case ASCII words with a leading article dropped and the head noun made singular. */
function keyWords(raw: string): string[] {
  const words = splitWords(raw)
    .map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter((w) => w.length > 0);
  // Every leading article ("a a models"), else the slug of the result would lose one more.
  while (words.length > 1 && articles.has(words[0] ?? "")) words.shift();
  const last = words.pop();
  return last === undefined ? words : [...words, singularise(last)];
}

function fitWords(words: readonly string[], max: number, separator: string): string {
  const kept = [...words];
  while (kept.length > 1 && kept.join(separator).length > max) kept.pop();
  return kept.join(separator).slice(0, max);
}

// Singular of the last word, keeping the writer's capitals: "GPUs" → "GPU", "Policies" → "Policy".
function singulariseLast(name: string): string {
  return name.replace(/[\p{L}\p{N}]+$/u, (last) => {
    const lower = last.toLowerCase();
    const single = singularise(lower);
    let shared = 0;
    while (shared < single.length && single[shared] === lower[shared]) shared += 1;
    return last.slice(0, shared) + single.slice(shared);
  });
}

function displayName(raw: string): string {
  // Invisible format characters (zero-width joiners) go; "&" is spelled as the slug spells it.
  let name = raw.normalize("NFKC").replace(/\p{Cf}/gu, "").replace(/&/g, " and ").replace(/\s+/g, " ").trim();
  // Edge punctuation, articles and slug hyphens, until none is left ("/ a / the 123" → "123"),
  // so that a name normalises to itself.
  for (let before = ""; before !== name; ) {
    before = name;
    name = name.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/^(?:the|a|an) (?=\S)/i, "");
    if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(name)) name = name.replace(/-/g, " ");
  }
  name = singulariseLast(name);
  name = name.charAt(0).toUpperCase() + name.slice(1);
  return fitWords(name.split(" "), limits.topicName, " ");
}

/** Whether a phrase has anything a slug can name (Latin letters or digits). */
export function canNameTopic(raw: string): boolean {
  return keyWords(raw).length > 0;
}

/**
 * The topic node a typed phrase names: a lower-case, hyphenated, singular slug with a tidy display
 * name. Normalising a result's slug or name gives it back. Aliases ("OSS" for open source) are
 * the user's vocabulary's business, folded when the topic is written (server/topics/foldAliases.ts).
 *
 * NOTE: throws a RangeError for a phrase with no Latin letters or digits (for example "!!!"),
 * since no slug can name it; callers that take free text should reject such input first.
 */
export function normaliseTopic(raw: string): NormalisedTopic {
  const words = keyWords(raw);
  if (words.length === 0) throw new RangeError(`not a topic name: ${JSON.stringify(raw)}`);
  const slug = TopicSlug.parse(fitWords(words, limits.topicName, "-"));
  return { slug, name: displayName(raw) };
}
