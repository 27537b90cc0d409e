import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { reliabilityDir } from "./reliabilityLog";

const Saved = z.object({
  suite: z.string(),
  savedAt: z.string(),
  rows: z.array(z.object({ area: z.string(), tried: z.string(), happened: z.string(), passed: z.boolean() })),
});

const order = ["bad input", "security", "faults", "backup", "concurrency", "properties", "load"];
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** `npm run report:reliability`: the rows the reliability tests saved, as one Markdown table. */
function main(): void {
  const files = readdirSync(reliabilityDir).filter((name) => name.endsWith(".json")).sort();
  if (files.length === 0) throw new Error(`no results in ${reliabilityDir}: run the tests first`);
  const suites = files.map((name) => Saved.parse(JSON.parse(readFileSync(join(reliabilityDir, name), "utf8"))));
  const rows = suites.flatMap((s) => s.rows).sort((a, b) => order.indexOf(a.area) - order.indexOf(b.area));
  const lines = [
    "| area | tried | what happened | ok |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.area} | ${cell(r.tried)} | ${cell(r.happened)} | ${r.passed ? "yes" : "**no**"} |`),
  ];
  const newest = suites.map((s) => s.savedAt).sort().at(-1);
  console.log(lines.join("\n"));
  console.log(`\n${rows.length} rows from ${suites.length} suites (${suites.map((s) => s.suite).join(", ")}), newest ${newest}.`);
}

main();
