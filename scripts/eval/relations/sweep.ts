import type { PairEvidence } from "../../../server/relations/classify";
import { sidesWeights } from "../../../server/relations/sides";
import type { PairTruth } from "./pairs";

export interface SweptPair {
  readonly truth: PairTruth;
  readonly evidence: PairEvidence;
}

/**
 * How the thresholds trade precision for recall on pairs of one debate: the figures the
 * classifier's thresholds (server/relations/classify.ts) were chosen from, dev part only.
 */
export function printSweep(pairs: readonly SweptPair[]): void {
  const judged = pairs.filter((p) => p.truth === "same side" || p.truth === "opposite sides");
  const total = (truth: PairTruth) => judged.filter((p) => p.truth === truth).length;
  const line = (name: string, truth: PairTruth, keep: (e: PairEvidence) => boolean) => {
    const chosen = judged.filter((p) => keep(p.evidence));
    const right = chosen.filter((p) => p.truth === truth).length;
    console.log(`  ${name.padEnd(52)} ${String(chosen.length).padStart(6)}  precision ${(chosen.length ? right / chosen.length : 0).toFixed(3)}  recall ${(right / Math.max(1, total(truth))).toFixed(3)}`);
  };
  const opposed = (e: PairEvidence) => e.a.score * e.b.score < 0;
  console.log(`\nsweep over ${judged.length} served pairs of one debate with evidence (${total("opposite sides")} on opposite sides):`);
  for (const t of [0.3, 0.2, 0.1, 0, -0.1, -0.2]) line(`supports: leaning >= ${t}, not opposed`, "same side", (e) => e.leaning !== null && e.leaning >= t && !opposed(e));
  for (const t of [0, -0.1, -0.2, -0.3]) line(`contradicts: opposed, leaning <= ${t}`, "opposite sides", (e) => opposed(e) && e.leaning !== null && e.leaning <= t);
  for (const s of sidesWeights().strengths) line(`contradicts: learned odds >= ${s.odds} (dev ${s.precision})`, "opposite sides", (e) => (e.oppositeSides ?? -1) >= s.odds);
  for (const t of [-0.2, -0.3, -0.4]) line(`contradicts: leaning <= ${t}`, "opposite sides", (e) => e.leaning !== null && e.leaning <= t);
  for (const covered of [0.66, 0.75, 0.85]) {
    line(`extends: leaning >= 0, covered >= ${covered}, net words >= 3`, "same side", (e) => {
      const x = e.extension;
      return !opposed(e) && e.leaning !== null && e.leaning >= 0 && !!x && x.baseWords >= 3 && x.covered >= covered && x.added - x.missing >= 3;
    });
  }
  for (const t of [0.9, 0.93, 0.95]) line(`same side: cosine >= ${t}`, "same side", (e) => e.cosine >= t);
}
