import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "./appProcess";

describe("the app process", () => {
  it("runs the server with the Node flags npm start and npm run dev use, so tests and the bench measure what users run", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    for (const name of ["start", "dev"]) {
      expect(scripts[name]).toContain(` ${SERVER_NODE_FLAGS.join(" ")} server/index.ts`);
    }
  });
});
