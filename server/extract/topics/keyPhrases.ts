import { type TaggedToken, tagSentences } from "../nlp";

const phrasePos = new Set(["NOUN", "PROPN", "ADJ"]);
const headPos = new Set(["NOUN", "PROPN"]);

// Adjectives that judge rather than describe make poor topic names ("great bread" is "bread").
const vagueAdjectives = new Set([
  "good", "great", "best", "better", "bad", "big", "small", "real", "whole", "own", "other", "new",
  "many", "much", "most", "more", "few", "same", "different", "important", "interesting", "huge",
  "main", "certain", "key", "entire", "single", "simple", "hard", "easy", "right", "wrong",
  "first", "last", "next", "little", "long", "high", "low", "able", "sure", "clear", "true",
  "fewer", "less", "several", "various", "practical", "common", "strong",
]);

// Nouns too general to be a topic on their own.
const genericNouns = new Set([
  "thing", "things", "lot", "lots", "way", "ways", "people", "person", "time", "times", "year",
  "years", "kind", "point", "part", "bit", "question", "idea", "fact", "case", "example", "number",
  "today", "week", "day", "days", "month", "stuff", "show", "episode", "guest", "host", "podcast",
  "problem", "reason", "sense", "end", "world", "place", "side", "level", "term", "terms", "moment",
  "everyone", "anyone", "something", "nothing", "percent", "hour", "hours", "minute", "minutes",
]);

/**
 * Noun phrases of a token run: maximal ADJ/NOUN/PROPN runs, trimmed to end in a noun and cut to
 * their last two words, since a shorter phrase is more likely to be shared by other insights.
 */
function phrasesOf(tokens: readonly TaggedToken[]): TaggedToken[][] {
  const phrases: TaggedToken[][] = [];
  let run: TaggedToken[] = [];
  const close = () => {
    while (run.length > 0 && !headPos.has(run[run.length - 1]?.pos ?? "")) run.pop();
    while (run.length > 0 && (run[0]?.stopWord || vagueAdjectives.has(run[0]?.text.toLowerCase() ?? ""))) run.shift();
    const head = run[run.length - 1];
    if (head !== undefined && !genericNouns.has(head.text.toLowerCase()) && head.text.length > 2) {
      phrases.push(run.slice(-2));
    }
    run = [];
  };
  for (const token of tokens) {
    if (token.type === "word" && phrasePos.has(token.pos)) run.push(token);
    else close();
  }
  close();
  return phrases;
}

/**
 * Key phrases of a text, best first: the noun phrases that recur, are specific (several words,
 * proper names) and come early. Topic discovery names groups by them (server/topics/naming.ts).
 */
export function keyPhrases(text: string, max = 3): string[] {
  const scores = new Map<string, { phrase: string; score: number; first: number }>();
  let order = 0;
  for (const sentence of tagSentences(text)) {
    for (const tokens of phrasesOf(sentence.tokens)) {
      const phrase = tokens.map((t) => t.text).join(" ");
      const key = phrase.toLowerCase();
      const specificity = 0.5 * (tokens.length - 1) + (tokens.some((t) => t.pos === "PROPN") ? 0.3 : 0);
      const seen = scores.get(key);
      if (seen) seen.score += 1;
      else scores.set(key, { phrase, score: 1 + specificity, first: order });
      order += 1;
    }
  }
  return [...scores.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .slice(0, max)
    .map((entry) => entry.phrase);
}
