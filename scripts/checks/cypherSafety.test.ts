import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findUnsafeQueries, typescriptFiles } from "./cypherSafety";

const root = process.cwd();
const fixtures = mkdtempSync(join(tmpdir(), "cypher-safety-"));
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

/** Checks one snippet as its own file; `tx` and `req` are declared loosely, as a handler would see them. */
function check(name: string, body: string) {
  const file = join(fixtures, `${name}.ts`);
  const prelude = "declare const tx: { run(q: string, p?: object): Promise<unknown> };\ndeclare const req: { params: { id: string }; body: { label: string } };\n";
  writeFileSync(file, prelude + body);
  return findUnsafeQueries([file], fixtures).unsafe;
}

describe("the Cypher-safety check", () => {
  it("finds no query built from input anywhere in server/ or scripts/ (tests aside)", () => {
    const files = typescriptFiles(root, ["server", "scripts"]);
    expect(files.length).toBeGreaterThan(50);
    const { checked, unsafe } = findUnsafeQueries(files, root);
    expect(checked).toBeGreaterThan(30);
    expect(unsafe).toEqual([]);
  }, 60_000);

  it.each([
    ["a request value in a template", "tx.run(`MATCH (n {id: '${req.params.id}'}) RETURN n`);"],
    ["a request value concatenated", 'tx.run("MATCH (n:" + req.body.label + ") RETURN n");'],
    ["a function parameter", "export function find(label: string) { return tx.run(`MATCH (n:${label}) RETURN n`); }"],
    ["a let that may change", 'let q = "MATCH (n) RETURN n"; q += req.body.label; tx.run(q);'],
    ["a const built from input", "const q = `MATCH (n:${req.body.label}) RETURN n`; tx.run(q);"],
    ["a query returned by a function", "const build = (x: string) => `RETURN ${x}`; tx.run(build(req.params.id));"],
    ["a number from input", "const limit = Number(req.params.id); tx.run(`MATCH (n) RETURN n LIMIT ${limit}`);"],
    ["a loop over a mutable list", 'const parts: string[] = ["RETURN 1"]; parts.push(req.body.label); for (const p of parts) tx.run(p);'],
  ])("flags %s", (name, body) => {
    const found = check(name.replaceAll(" ", "-"), body);
    expect(found).toHaveLength(1);
    expect(found[0]?.why).toMatch(/is not a fixed string/);
  });

  it.each([
    ["a string literal", 'tx.run("MATCH (n) WHERE n.id = $id RETURN n", { id: req.params.id });'],
    ["a template without substitutions", "tx.run(`MATCH (n) RETURN n`);"],
    ["a template of const fragments", "const projection = `{id: n.id}`; const limit = 10; tx.run(`MATCH (n) RETURN ${projection} AS n LIMIT ${limit}`);"],
    ["a loop over a const list of statements", 'const statements = ["CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", `CALL db.awaitIndexes(${120})`]; for (const s of statements) tx.run(s);'],
    ["a property of a const object", 'const queries = { all: "MATCH (n) RETURN n" } as const; tx.run(queries.all);'],
    ["a parameter typed as a union of literals", 'export function count(label: "Insight" | "Topic") { return tx.run(`MATCH (n:${label}) RETURN count(n)`); }'],
  ])("accepts %s", (name, body) => {
    expect(check(`ok-${name.replaceAll(" ", "-")}`, body)).toEqual([]);
  });
});
