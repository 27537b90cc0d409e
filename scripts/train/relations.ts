import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createEmbeddings, type Embedding } from "../../server/embeddings";
import { DEFAULT_LOCAL_MODEL } from "../../server/embeddings/local/models";
import { THRESHOLDS } from "../../server/relations/classify";
import { scalarsOf, type SidesWeights } from "../../server/relations/sides";
import { readPublicSet } from "../eval/related/publicSet";
import { fitLogistic } from "./logistic";
import { claimsByText, relatedPairs, type TrainingPair, trainingClaim } from "./relationPairs";

const { values } = parseArgs({
  options: {
    dataset: { type: "string", default: "../shared/eval-data/perspectrum.dev.json" },
    out: { type: "string", default: "server/relations/sides.weights.json" },
    "dry-run": { type: "boolean", default: false },
  },
});
/** Penalties tried; the one with the most dev recall at the lowest precision kept wins. */
const PENALTIES = [0.01, 0.03, 0.1, 0.3, 1];
const EPOCHS = 15;
const SEED = 7;
/** Dev precision each kept strength must reach, strongest first; the last is the labelling threshold. */
const TARGETS = [0.85, 0.8, 0.75, 0.7];
/** Fewest dev pairs at or above a strength for its precision to be read. */
const FEWEST = 50;

/**
 * `npm run train:relations`: fits the opposite-sides model (server/relations/sides.ts) on the
 * PERSPECTRUM train split only, chooses its penalty and strengths on the dev split, prints the dev
 * figures beside the offline rule on the same pairs, and writes server/relations/sides.weights.json.
 * Pairs mimic served related pairs: each claim's nearest 10 by the local model's cosine over the
 * whole file, the truth from the set's stance labels (pairs.ts), pairs of other debates counting as
 * not opposite. The debate's own text is never read: the product does not have it.
 */
async function main(): Promise<void> {
  const { name, claims } = await readPublicSet(values.dataset);
  const byText = [...claimsByText(claims)];
  const embeddings = createEmbeddings({ EMBEDDINGS: "local", EMBEDDINGS_MODEL: DEFAULT_LOCAL_MODEL, EMBEDDINGS_THREADS: 1 })!;
  const vectors: Embedding[] = [];
  for (let start = 0; start < byText.length; start += 200) {
    vectors.push(...(await embeddings.embedder.embed(byText.slice(start, start + 200).map(([text]) => text))));
    process.stderr.write(`\rembedded ${vectors.length} / ${byText.length}`);
  }
  process.stderr.write("\n");
  const pairs = relatedPairs(byText.map(([text, of], i) => trainingClaim(text, of, vectors[i]!)));
  const train = pairs.filter((p) => p.split === "train" && p.truth !== "unclear");
  const dev = pairs.filter((p) => p.split === "dev" && (p.truth === "same side" || p.truth === "opposite sides"));
  const opposite = dev.filter((p) => p.truth === "opposite sides").length;
  console.log(`${name}: ${claims.length} claims, ${byText.length} texts; ${pairs.length} related pairs (nearest 10 by cosine)`);
  console.log(`train: ${train.length} pairs (${train.filter(isOpposite).length} opposite sides); dev: ${dev.length} pairs of one debate (${opposite} opposite sides)\n`);

  const rows = train.map(featuresOf);
  const labels = train.map((p) => (isOpposite(p) ? 1 : 0));
  let chosen: { l2: number; weights: SidesWeights; recall: number } | undefined;
  for (const l2 of PENALTIES) {
    const fitted = fitLogistic(rows, labels, { l2, epochs: EPOCHS, seed: SEED });
    const weights: SidesWeights = {
      model: embeddings.embedder.model,
      width: vectors[0]!.length,
      bias: fitted.bias,
      scalars: fitted.weights.slice(0, 6),
      leftovers: fitted.weights.slice(6),
      strengths: strengthsOn(dev, fitted, opposite),
    };
    const recall = weights.strengths.at(-1)?.recall ?? 0;
    console.log(`penalty ${l2}: dev recall ${recall.toFixed(3)} at precision >= ${TARGETS.at(-1)}`);
    if (!chosen || recall > chosen.recall) chosen = { l2, weights, recall };
  }
  const { weights, l2 } = chosen!;
  console.log(`\nchosen penalty ${l2}; dev split, pairs of one debate, "opposite sides":`);
  const line = (who: string, keep: (p: TrainingPair) => boolean) => {
    const kept = dev.filter(keep);
    const right = kept.filter(isOpposite).length;
    console.log(`  ${who.padEnd(48)} ${String(kept.length).padStart(5)}  precision ${(kept.length ? right / kept.length : 0).toFixed(3)}  recall ${(right / opposite).toFixed(3)}`);
  };
  for (const s of weights.strengths) line(`model: odds >= ${s.odds.toFixed(3)}`, (p) => oddsOf(weights, p) >= s.odds);
  const opposed = (p: TrainingPair) => p.a.score * p.b.score < 0;
  for (const t of [THRESHOLDS.contradicts, -0.2, -0.3]) line(`rule: opposed, leaning <= ${t}, cosine >= ${THRESHOLDS.contradictsCosine}`, (p) => opposed(p) && p.leaning <= t && p.cosine >= THRESHOLDS.contradictsCosine);
  const weakest = weights.strengths.at(-1)!.odds;
  const supports = (p: TrainingPair) => !opposed(p) && p.a.negated === p.b.negated && p.leaning >= THRESHOLDS.supports;
  const sameSide = (who: string, keep: (p: TrainingPair) => boolean) => {
    const kept = dev.filter(keep);
    console.log(`  ${who.padEnd(48)} ${String(kept.length).padStart(5)}  precision ${(kept.filter((p) => !isOpposite(p)).length / Math.max(1, kept.length)).toFixed(3)}`);
  };
  console.log(`"same side":`);
  sameSide("rule: supports", supports);
  sameSide("rule: supports, unless the model says opposite", (p) => supports(p) && oddsOf(weights, p) < weakest);
  const otherDebates = pairs.filter((p) => p.split === "dev" && p.truth === "other debates");
  console.log(`dev pairs of other debates the model calls opposite: ${otherDebates.filter((p) => oddsOf(weights, p) >= weakest).length} of ${otherDebates.length}`);

  if (values["dry-run"]) return;
  const shipped = {
    about: `Made by npm run train:relations from ${name} (github.com/CogComp/perspectrum, CC BY-SA 4.0; Chen et al., NAACL 2019): train split to fit, dev split to choose (penalty ${l2}). Derived from that data, so under CC BY-SA 4.0 too.`,
    ...weights,
    bias: round(weights.bias),
    scalars: weights.scalars.map(round),
    leftovers: weights.leftovers.map(round),
    strengths: weights.strengths.map((s) => ({ odds: round(s.odds), precision: Math.round(s.precision * 100) / 100, recall: round(s.recall ?? 0) })),
  };
  await writeFile(values.out, `${JSON.stringify(shipped, null, 1)}\n`);
  console.log(`\nwrote ${values.out}`);
}

const isOpposite = (p: TrainingPair) => p.truth === "opposite sides";
const featuresOf = (p: TrainingPair) => [...scalarsOf(p), ...p.leftovers.a.map((x, i) => x * p.leftovers.b[i]!)];
const round = (x: number) => Math.round(x * 1e5) / 1e5;

function oddsOf(w: Pick<SidesWeights, "bias" | "scalars" | "leftovers">, p: TrainingPair): number {
  const z = featuresOf(p).reduce((sum, x, i) => sum + x * (i < 6 ? w.scalars[i]! : w.leftovers[i - 6]!), w.bias);
  return 1 / (1 + Math.exp(-z));
}

/** For each target precision, the lowest odds at which dev pairs at or above reach it. */
function strengthsOn(dev: readonly TrainingPair[], fitted: { bias: number; weights: number[] }, opposite: number) {
  const w = { bias: fitted.bias, scalars: fitted.weights.slice(0, 6), leftovers: fitted.weights.slice(6) };
  const ranked = dev.map((p) => ({ odds: oddsOf(w, p), right: isOpposite(p) })).sort((x, y) => y.odds - x.odds);
  const strengths: { odds: number; precision: number; recall: number }[] = [];
  for (const target of TARGETS) {
    let right = 0;
    let best: { odds: number; precision: number; recall: number } | undefined;
    ranked.forEach((r, i) => {
      if (r.right) right += 1;
      const tied = ranked[i + 1]?.odds === r.odds;
      if (i + 1 >= FEWEST && !tied && right / (i + 1) >= target) best = { odds: r.odds, precision: right / (i + 1), recall: right / opposite };
    });
    if (best && !strengths.some((s) => s.odds === best!.odds)) strengths.push(best);
  }
  return strengths;
}

await main();
// The local model's inference thread would keep the process alive.
process.exit(0);
