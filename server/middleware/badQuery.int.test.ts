import { ErrorBody } from "@shared/api/errors";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../testing/reliabilityLog";
import { connectTestDatabase, createTestApp } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
const log = reliabilityLog("bad-query");
afterAll(async () => {
  log.save();
  await db.close();
});

const someId = "a".repeat(32);
const listEndpoints = ["/api/topics", "/api/graph/topics", "/api/topics/sovereign-ai", `/api/insights/${someId}/related`];
const absurdLimits = ["0", "-1", "1.5", "abc", "1e309", "99999999999999999999", "1&limit=2", ""];

const cases: [string, string, number][] = [
  ["an unknown insight id", `/api/insights/${"0".repeat(32)}`, 404],
  ["related of an unknown insight", `/api/insights/${"0".repeat(32)}/related`, 404],
  ["an unknown topic", "/api/topics/no-such-topic-anywhere", 404],
  ["an id that cannot be one", "/api/insights/..%2F..%2Fetc%2Fpasswd", 400],
  ["a broken percent-encoding", "/api/insights/%E0%A4%A", 400],
  ["an 8 KB topic slug", `/api/topics/${"a".repeat(8_000)}`, 400],
  ["an unknown endpoint", "/api/insights/latest/everything", 404],
];

describe("reads refuse nonsense with a 4xx in the error shape", () => {
  it.each(absurdLimits)("limit=%s on every list endpoint → 400", async (limit) => {
    const answers = await Promise.all(
      listEndpoints.map(async (path) => {
        const started = Date.now();
        const res = await request(app).get(`${path}?limit=${limit}`).timeout(10_000);
        return { res, ms: Date.now() - started, shaped: ErrorBody.safeParse(res.body).success };
      }),
    );
    const statuses = answers.map((a) => a.res.status);
    log.record({
      area: "bad input",
      tried: `GET ?limit=${limit} on the ${listEndpoints.length} list endpoints`,
      happened: `${[...new Set(statuses)].join("/")} in the error shape, slowest ${Math.max(...answers.map((a) => a.ms))} ms`,
      passed: answers.every((a) => a.res.status === 400 && a.shaped),
    });
    expect(statuses).toEqual(listEndpoints.map(() => 400));
    expect(answers.every((a) => a.shaped)).toBe(true);
  });

  it.each(cases)("%s → %i", async (tried, path, status) => {
    const started = Date.now();
    const res = await request(app).get(path).timeout(10_000);
    const body = ErrorBody.safeParse(res.body);
    log.record({
      area: "bad input",
      tried: `GET ${tried}`,
      happened: `${res.status} ${body.data?.error.code ?? "(not the error shape)"} in ${Date.now() - started} ms`,
      passed: res.status === status && body.success,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(body.success).toBe(true);
  });

  it("answers an unsupported method on a known path in the error shape", async () => {
    const res = await request(app).delete("/api/insights").expect(404);
    expect(ErrorBody.safeParse(res.body).success).toBe(true);
  });
});
