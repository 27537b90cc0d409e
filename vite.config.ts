import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot("client"),
  plugins: [react()],
  // Reads the `@shared/*` alias from tsconfig.json, so the alias list lives in one place.
  resolve: { tsconfigPaths: true },
  build: { outDir: fromRoot("dist/client"), emptyOutDir: true },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
