/**
 * Words that look plural but are not, or whose plural rule would mangle them. Topic names are
 * short noun phrases, so this list only needs the words such phrases actually end in.
 */
const invariant = new Set([
  "news",
  "series",
  "species",
  "saas",
  "paas",
  "iaas",
  "bias",
  "alias",
  "atlas",
  "canvas",
  "chaos",
  "kudos",
  "lens",
  "kubernetes",
  "diabetes",
  "shoes",
  "toes",
  "movies",
  "cookies",
  "calories",
  "ties",
  "pies",
  "lies",
]);

/** Irregular endings that no suffix rule reaches. */
const irregular: Readonly<Record<string, string>> = {
  people: "person",
  children: "child",
  men: "man",
  women: "woman",
  mice: "mouse",
  geese: "goose",
  teeth: "tooth",
  feet: "foot",
  leaves: "leaf",
  loaves: "loaf",
  knives: "knife",
  lives: "life",
  shelves: "shelf",
  halves: "half",
  calves: "calf",
  analyses: "analysis",
  crises: "crisis",
  theses: "thesis",
  hypotheses: "hypothesis",
  criteria: "criterion",
  phenomena: "phenomenon",
  corpora: "corpus",
  niches: "niche",
  caches: "cache",
  avalanches: "avalanche",
  // Plurals that end in "us" like the Latin singulars (status, corpus) the rules protect.
  gpus: "gpu",
  cpus: "cpu",
  tpus: "tpu",
  npus: "npu",
  menus: "menu",
  gurus: "guru",
};

/**
 * Singular form of one lower-case English word, by a handful of suffix rules.
 *
 * Idempotent by construction: every output either ends in something other than `s`, or ends in
 * `ss`/`us`/`is`/`ics`, or is too short to touch, and those are exactly the cases left alone.
 * Words of three letters or fewer are never changed, which keeps acronyms such as `aws` intact.
 */
export function singularise(word: string): string {
  if (word.length <= 3 || invariant.has(word)) return word;
  const known = irregular[word];
  if (known !== undefined) return known;
  if (!word.endsWith("s")) return word;
  if (/(?:ss|us|is|ics)$/.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|oes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
