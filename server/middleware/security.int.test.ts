import { ErrorBody } from "@shared/api/errors";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../testing/reliabilityLog";
import { createApp } from "../app";
import { createHeuristicExtractor } from "../extract/heuristic";
import { buildInsight, connectTestDatabase, uniqueTag } from "../testing/harness";
import { DEFAULT_RELATED_K } from "../related/refresh";

const db = connectTestDatabase();
const log = reliabilityLog("security");
afterAll(async () => {
  log.save();
  await db.close();
});

const appWith = (writesPerMinute: number, apiToken?: string) =>
  createApp({ waitForEnrichment: true, db, extractor: createHeuristicExtractor(), relatedK: DEFAULT_RELATED_K, writesPerMinute, apiToken, log: () => undefined });

describe("rate limits on writes", () => {
  it("answers 429 in the error shape past the cap, and keeps reads open", async () => {
    const app = appWith(3);
    const tag = uniqueTag();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await request(app).post("/api/insights").send({ insights: [buildInsight(tag)] })).status);
    }
    const refused = await request(app).post("/api/insights").send({ insights: [buildInsight(tag)] });
    const read = await request(app).get("/api/topics?limit=1");
    log.record({
      area: "security",
      tried: "7 writes in a minute against a cap of 3",
      happened: `writes ${[...statuses, refused.status].join(", ")}; a read after: ${read.status}`,
      passed: statuses.join() === "201,201,201,429,429" && refused.status === 429 && read.status === 200,
    });
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(ErrorBody.parse(refused.body).error.code).toBe("too_many_requests");
    expect(refused.headers["ratelimit-policy"]).toMatch(/q=3/);
    expect(read.status).toBe(200);
  });

  it("counts attempts without the token too, so the token cannot be guessed at speed", async () => {
    const app = appWith(2, "a-long-enough-test-token");
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await request(app).post("/api/insights").set("authorization", `Bearer guess-${i}-xxxxxxxxxxxxx`).send({})).status);
    }
    log.record({ area: "security", tried: "3 token guesses against a cap of 2", happened: `statuses ${statuses.join(", ")}`, passed: statuses.join() === "401,401,429" });
    expect(statuses).toEqual([401, 401, 429]);
  });
});

describe("security headers", () => {
  it("sends a Content-Security-Policy that allows no inline script", async () => {
    const res = await request(appWith(10)).get("/api/health");
    const policy = String(res.headers["content-security-policy"]);
    const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? "";
    const passed = scriptSrc.trim() === "'self'" && res.headers["x-content-type-options"] === "nosniff";
    log.record({ area: "security", tried: "response headers", happened: `script-src ${scriptSrc}; nosniff; frame-ancestors ${/frame-ancestors ([^;]+)/.exec(policy)?.[1]}`, passed });
    expect(scriptSrc.trim()).toBe("'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-powered-by"]).toBeUndefined();
  });
});
