import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, createDriver } from "../db";
import { connectTestDatabase, createTestApp } from "../testing/harness";

describe("GET /api/health", () => {
  const db = connectTestDatabase();
  afterAll(() => db.close());

  it("reports a connected database", async () => {
    const res = await request(createTestApp(db)).get("/api/health").expect(200);
    expect(res.body).toEqual({ status: "ok", neo4j: { connected: true } });
  });

  it("answers 503 in the error shape when Neo4j is unreachable", async () => {
    // Port 9 (discard) is closed on loopback: the connection is refused at once.
    const unreachable = createDatabase(createDriver({ uri: "bolt://127.0.0.1:9", user: "neo4j", password: "x" }), "neo4j");
    const res = await request(createTestApp(unreachable)).get("/api/health").expect(503);
    expect(res.body.error.code).toBe("database_unavailable");
    await unreachable.close();
  });
});

describe("writes beyond loopback", () => {
  const db = connectTestDatabase();
  afterAll(() => db.close());
  const app = createTestApp(db, { apiToken: "a-long-enough-test-token" });

  it("refuses a write without the token and lets reads through", async () => {
    const res = await request(app).post("/api/insights").send({ insights: [{ text: "No token here at all." }] }).expect(401);
    expect(res.body.error.code).toBe("unauthorized");
    await request(app).get("/api/topics").expect(200);
  });

  it("accepts the write with the token", async () => {
    await request(app)
      .post("/api/insights")
      .set("authorization", "Bearer a-long-enough-test-token")
      .send({ insights: [{ text: `A token-bearing write stores its claim ${Date.now()}.`, topics: ["auth check"] }] })
      .expect(201);
  });
});

describe("unknown endpoints", () => {
  const db = connectTestDatabase();
  afterAll(() => db.close());
  it("answer 404 in the error shape", async () => {
    const res = await request(createTestApp(db)).get("/api/nothing-here").expect(404);
    expect(res.body.error.code).toBe("not_found");
  });
});
