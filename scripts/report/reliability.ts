import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { reliabilityDir } from "../../server/testing/reliabilityLog";

const Row = z.object({ area: z.string(), tried: z.string(), happened: z.string(), passed: z.boolean() });
type Row = z.infer<typeof Row>;
const Saved = z.object({ suite: z.string(), savedAt: z.string(), rows: z.array(Row) });

const order = ["bad input", "security", "faults", "backup", "concurrency", "properties", "load"];
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * Bad inputs come by the dozen: one line per endpoint with how many were tried, the statuses they
 * got and the slowest answer. `--full` lists every row instead.
 */
function summariseBadInput(rows: readonly Row[]): Row[] {
  const byEndpoint = new Map<string, Row[]>();
  for (const row of rows) {
    const named = /^((?:POST|PUT|DELETE) \S+|upload|reading list export|reading list|follow):/.exec(row.tried)?.[1];
    const key = named ?? (row.tried.startsWith("GET ?limit") ? "GET list endpoints, absurd ?limit" : row.tried.startsWith("GET ") ? "GET reads" : row.tried);
    byEndpoint.set(key, [...(byEndpoint.get(key) ?? []), row]);
  }
  return [...byEndpoint].map(([endpoint, group]): Row => {
    const statuses = new Map<string, number>();
    for (const row of group) for (const status of row.happened.match(/^[\d/]+|(?<=, file )\w+/g) ?? []) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const slowest = Math.max(...group.map((row) => Number(/(\d+) ms/.exec(row.happened)?.[1] ?? 0)));
    if (group.length === 1) return group[0]!;
    const examples = group.map((row) => row.tried.replace(/^GET \?(limit=\S*) on .*/, "$1").replace(/^[^:]+: /, "").replace(/^GET /, "")).slice(0, 8).join("; ");
    return {
      area: "bad input",
      tried: `${endpoint}: ${group.length} inputs (${examples}${group.length > 8 ? "; …" : ""})`,
      happened: `${[...statuses].map(([status, n]) => `${status} ×${n}`).join(", ")}; slowest ${slowest} ms`,
      passed: group.every((row) => row.passed),
    };
  });
}

/** `npm run report:reliability [-- --full]`: what the reliability tests saved, as one Markdown table. */
function main(): void {
  const files = readdirSync(reliabilityDir).filter((name) => name.endsWith(".json")).sort();
  if (files.length === 0) throw new Error(`no results in ${reliabilityDir}: run the tests first`);
  const suites = files.map((name) => Saved.parse(JSON.parse(readFileSync(join(reliabilityDir, name), "utf8"))));
  const all = suites.flatMap((s) => s.rows);
  const full = process.argv.includes("--full");
  const badInput = all.filter((r) => r.area === "bad input");
  const rows = [...(full ? badInput : summariseBadInput(badInput)), ...all.filter((r) => r.area !== "bad input")].sort(
    (a, b) => order.indexOf(a.area) - order.indexOf(b.area),
  );
  const lines = [
    "| area | tried | what happened | ok |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.area} | ${cell(r.tried)} | ${cell(r.happened)} | ${r.passed ? "yes" : "**no**"} |`),
  ];
  const newest = suites.map((s) => s.savedAt).sort().at(-1);
  console.log(lines.join("\n"));
  console.log(`\n${all.length} results from ${suites.length} suites, newest ${newest?.slice(0, 16).replace("T", " ")} UTC.`);
}

main();
