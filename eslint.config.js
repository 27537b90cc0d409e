import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/**
 * A small, strict set: each rule catches a bug or a lie about types, none is about taste. Layout
 * (quotes, semicolons, ~150-character lines) is kept by hand and by review, not reformatted here.
 */
export default defineConfig(
  { ignores: ["dist/", "node_modules/", "scripts/neo4j/target/", "test-results/", ".data/"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      // Type information, for the promise rule: the same tsconfig.json as `npm run typecheck`.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // A promise nobody awaits loses its error; `void` says the fire-and-forget is meant.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
);
