import type { Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp } from "../testing/harness";
import { answerClientErrors } from "./clientErrors";

const db = connectTestDatabase();
let server: Server;

beforeAll(async () => {
  server = createTestApp(db).listen(0, "127.0.0.1");
  answerClientErrors(server);
  await new Promise((ready) => server.once("listening", ready));
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await db.close();
});

/** Sends raw bytes and returns the whole answer: these requests never reach an HTTP client's checks. */
function exchange(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect((server.address() as AddressInfo).port, "127.0.0.1", () => socket.write(request));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

describe("requests Node refuses before the app", () => {
  it("answers headers over 16 KB with 431 in the error shape", async () => {
    const answer = await exchange(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    const [head, body] = answer.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(body!)).toEqual({ error: { code: "headers_too_large", message: expect.stringContaining("16 KB") } });
  });

  it("answers a malformed request line with 400 in the error shape", async () => {
    const answer = await exchange("NOT A REQUEST\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(answer.split("\r\n\r\n")[1]!).error.code).toBe("bad_request");
  });
});
