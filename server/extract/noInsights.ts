import { franc } from "franc-min";
import type { SourceDocument } from "./types";

/** Fewer words than this cannot hold a claim the offline extractor keeps. */
const MIN_WORDS = 8;
/** Language detection needs a few sentences to be sure; below this many letters it is not tried. */
const MIN_DETECTABLE = 100;

const SAMPLE_CHARS = 2000;
// Grammar words, not a field's vocabulary: in running English about one word in five is one of these.
const englishGrammar = /\b(?:the|and|of|to|a|in|is|that|it|for|was|are|with|on|as|this|be|have|not|you|we|they)\b/gi;
const PLAINLY_ENGLISH = 0.12;

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "French" for `fra`, else the code itself. */
function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

// Close cousins of English that short English passages are sometimes taken for.
const englishLike = new Set(["eng", "sco", "und"]);

/**
 * The name of the language a text is written in when it is surely not English ("French"),
 * else undefined (English, or fewer than `minLetters` letters to tell from). Reads the first
 * 2,000 characters.
 */
export function foreignLanguage(text: string, minLetters = MIN_DETECTABLE): string | undefined {
  // The opening is enough to tell, and keeps detection cheap on long transcripts.
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/[^\p{L}]/gu, "").length < minLetters) return undefined;
  // Plainly English (its commonest grammar words are everywhere): no need to ask the detector.
  const words = sample.match(/[\p{L}']+/gu)?.length ?? 0;
  if ((sample.match(englishGrammar)?.length ?? 0) >= words * PLAINLY_ENGLISH) return undefined;
  const language = franc(sample, { minLength: MIN_DETECTABLE });
  return englishLike.has(language) ? undefined : languageName(language);
}

/** A source that gave no insight, with the reason a person can act on. */
export class NoInsightsError extends Error {
  constructor(
    readonly title: string,
    readonly reason: string,
  ) {
    super(`${title}: ${reason}`);
  }
}

/**
 * Why an extractor found no insight in a source, in words a person can act on: no text, a
 * language the offline extractor does not read, too short, or nothing but chatter and questions.
 */
export function whyNoInsights(doc: SourceDocument, offline: boolean): string {
  const text = doc.turns ? doc.turns.map((turn) => turn.text).join("\n") : doc.text;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return "no text found (nothing but markup, numbers or symbols)";
  const language = offline ? foreignLanguage(text) : undefined;
  if (language) return `written in ${language} (detected), which the offline extractor does not read; set EXTRACTOR=llm to use a model`;
  if (words.length < MIN_WORDS) return `too short: ${words.length} word${words.length === 1 ? "" : "s"}, and a claim needs at least ${MIN_WORDS}`;
  return "only chatter or questions: no sentence makes a claim that stands on its own";
}
