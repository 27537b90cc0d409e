import { cruise, type ICruiseResult, type IModule } from "dependency-cruiser";

/**
 * Counts the imports that run back up the layers, for the README's figures and for the
 * before/after of a layout change. The rules in `.dependency-cruiser.cjs` forbid these; this
 * only measures them, so it still answers while some remain.
 *
 * Project layers, top to bottom: scripts, then server and client side by side, then shared.
 * Layers inside server/, top to bottom: tests and their helpers (`*.test.ts`, `server/testing/`);
 * entry points (`index.ts`, `app.ts`, `startup.ts`, `routes/`); `middleware/`; feature folders;
 * `repositories/`; `db/`, `errors.ts`, `env.ts`.
 */
export interface ImportFigures {
  readonly imports: number;
  readonly upward: readonly string[];
  readonly serverImports: number;
  readonly serverUpward: readonly string[];
}

const projectRank = (path: string): number | null => {
  if (path.startsWith("scripts/")) return 3;
  if (path.startsWith("server/") || path.startsWith("client/")) return 2;
  if (path.startsWith("shared/")) return 1;
  return null;
};

const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.startsWith("server/testing/");

const serverRank = (path: string): number => {
  if (isTest(path)) return 6;
  if (/^server\/(index|app|startup)\.ts$/.test(path) || path.startsWith("server/routes/")) return 5;
  if (path.startsWith("server/middleware/")) return 4;
  if (path.startsWith("server/repositories/")) return 2;
  if (path.startsWith("server/db/") || /^server\/(errors|env)\.ts$/.test(path)) return 1;
  return 3;
};

const localEdges = (modules: readonly IModule[]) =>
  modules.flatMap((module) =>
    module.dependencies
      .filter((dependency) => !dependency.coreModule && !dependency.couldNotResolve && !dependency.resolved.startsWith("node_modules/"))
      .map((dependency) => ({ from: module.source, to: dependency.resolved })),
  );

export function importFigures(result: ICruiseResult): ImportFigures {
  const edges = localEdges(result.modules);
  const upward = edges.filter(({ from, to }) => {
    const [a, b] = [projectRank(from), projectRank(to)];
    const crossesSides = a === 2 && b === 2 && from.split("/")[0] !== to.split("/")[0];
    return a !== null && b !== null && (b > a || crossesSides);
  });
  const inServer = edges.filter(({ from, to }) => from.startsWith("server/") && to.startsWith("server/"));
  const serverUpward = inServer.filter(({ from, to }) => serverRank(to) > serverRank(from));
  const show = ({ from, to }: { from: string; to: string }) => `${from} -> ${to}`;
  return { imports: edges.length, upward: upward.map(show), serverImports: inServer.length, serverUpward: serverUpward.map(show) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const reported = await cruise(["server", "client", "shared", "scripts"], {
    validate: false,
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  });
  const figures = importFigures(reported.output as ICruiseResult);
  console.log(`project: ${figures.upward.length} of ${figures.imports} imports run back up`);
  for (const edge of figures.upward) console.log(`  ${edge}`);
  console.log(`server/: ${figures.serverUpward.length} of ${figures.serverImports} imports run back up`);
  for (const edge of figures.serverUpward) console.log(`  ${edge}`);
}
