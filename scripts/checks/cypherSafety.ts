import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface UnsafeQuery {
  readonly file: string;
  readonly line: number;
  readonly call: string;
  readonly why: string;
}

const queryMethods = new Set(["run", "executeQuery"]);

/**
 * Finds `.run(query)` and `.executeQuery(query)` calls whose query is not fixed at compile time.
 * A query is fixed when it is a string literal, or a template, concatenation or `const` built
 * only from fixed parts, or an expression whose type is a string literal (or a union of them).
 * Anything else (a parameter, a property of a request, a function's result) could carry input
 * into the Cypher text, where only `$parameters` may carry it.
 */
export function findUnsafeQueries(files: readonly string[], root: string): { checked: number; unsafe: UnsafeQuery[] } {
  // One file at a time is enough: a fixed query is fixed by what its own module declares.
  const program = ts.createProgram([...files], {
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noResolve: true,
  });
  const checker = program.getTypeChecker();
  const found: UnsafeQuery[] = [];
  let checked = 0;
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && queryMethods.has(node.expression.name.text)) {
        const query = node.arguments[0];
        checked += 1;
        const why = query ? whyNotFixed(query, checker, new Set()) : null;
        if (why) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          found.push({ file: relative(root, file), line: line + 1, call: node.getText(source).split("\n")[0]!.slice(0, 120), why });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { checked, unsafe: found };
}

/** Null when the expression's text is fixed at compile time, else the part that is not. */
function whyNotFixed(node: ts.Expression, checker: ts.TypeChecker, seen: Set<ts.Node>): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return null;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return whyNotFixed(node.expression, checker, seen);
  if (ts.isTemplateExpression(node)) {
    for (const span of node.templateSpans) {
      const why = whyNotFixed(span.expression, checker, seen);
      if (why) return why;
    }
    return null;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return whyNotFixed(node.left, checker, seen) ?? whyNotFixed(node.right, checker, seen);
  }
  if (isLiteralType(checker.getTypeAtLocation(node))) return null;
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
    const values = constantValues(node, checker);
    if (values && values.every((value) => !seen.has(value))) {
      for (const value of values) seen.add(value);
      for (const value of values) {
        const why = whyNotFixed(value, checker, seen);
        if (why) return why;
      }
      return null;
    }
  }
  return `\`${node.getText()}\` is not a fixed string`;
}

function isLiteralType(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.every(isLiteralType);
  return type.isStringLiteral() || type.isNumberLiteral();
}

/**
 * Every value a name can stand for when it is fixed by the code: a `const` with an initializer,
 * a property of a `const` object literal, or the loop variable of `for (const x of <const array>)`.
 */
function constantValues(node: ts.Identifier | ts.PropertyAccessExpression, checker: ts.TypeChecker): ts.Expression[] | null {
  const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
  if (!declaration) return null;
  if (ts.isPropertyAssignment(declaration) && isInConstObject(declaration)) return [declaration.initializer];
  if (!ts.isVariableDeclaration(declaration) || !(declaration.parent.flags & ts.NodeFlags.Const)) return null;
  if (declaration.initializer) return [declaration.initializer];
  const loop = declaration.parent.parent;
  if (ts.isForOfStatement(loop) && ts.isIdentifier(loop.expression) && onlyLoopedOver(loop.expression, checker)) {
    const [array] = constantValues(loop.expression, checker) ?? [];
    const literal = array && unwrap(array);
    return literal && ts.isArrayLiteralExpression(literal) ? [...literal.elements] : null;
  }
  return null;
}

/** A `const` array is fixed only if nothing can push to it: every use of it must be a `for…of`. */
function onlyLoopedOver(name: ts.Identifier, checker: ts.TypeChecker): boolean {
  const symbol = checker.getSymbolAtLocation(name);
  let fixed = true;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === name.text && checker.getSymbolAtLocation(node) === symbol) {
      const parent = node.parent;
      const isDeclaration = ts.isVariableDeclaration(parent) && parent.name === node;
      const isLoopedOver = ts.isForOfStatement(parent) && parent.expression === node;
      if (!isDeclaration && !isLoopedOver) fixed = false;
    }
    ts.forEachChild(node, visit);
  };
  visit(name.getSourceFile());
  return fixed;
}

function isInConstObject(property: ts.PropertyAssignment): boolean {
  const object = property.parent;
  const holder = ts.isAsExpression(object.parent) ? object.parent.parent : object.parent;
  return ts.isVariableDeclaration(holder) && (holder.parent.flags & ts.NodeFlags.Const) !== 0;
}

const unwrap = (node: ts.Expression): ts.Expression => (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node);

/**
 * Wrappers that pass the caller's query on unchanged: the query is checked where it is written, in
 * the repository that calls the wrapper.
 */
const forwarders = new Set(["queryTimings.ts"]);
/** Files whose `.run` is not a database's: onnxruntime's InferenceSession.run takes tensors, never a query. */
const otherRunners = new Set(["localEmbedder.ts"]);

/** Every TypeScript file under the given folders but tests, skipping dependencies and build output. */
export function typescriptFiles(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "target" || entry.name.startsWith(".")) continue;
      // Browser-test helpers run code in the page (axe.run and the like), never Cypher.
      if (entry.isDirectory() && entry.name === "e2e") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // Tests build queries from their own fixtures, never from requests.
      else if (/\.tsx?$/.test(entry.name) && !/\.d\.ts$|\.test\.tsx?$/.test(entry.name) && !forwarders.has(entry.name) && !otherRunners.has(entry.name)) files.push(path);
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files;
}
