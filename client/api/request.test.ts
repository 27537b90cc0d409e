import { afterEach, describe, expect, it, vi } from "vitest";
import { CreateInsights, GetTopic, GetTopicGraph } from "@shared/api";
import { ApiError } from "./ApiError";
import { buildUrl, request } from "./request";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function stubFetch(answer: Response | Error) {
  const fetch = vi.fn((_url: string, _init?: RequestInit) =>
    answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const topicAnswer = {
  topic: { slug: "sovereign-ai", name: "Sovereign AI", insightCount: 1 },
  insights: [{ id: "a".repeat(16), text: "Countries will run open models.", topics: [], evidence: { sources: 1, shows: 1, speakers: 0 } }],
  neighbours: [{ slug: "open-source", name: "Open source", insightCount: 4, weight: 2 }],
};

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the request to fail");
    },
    (error: unknown) => error,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("buildUrl", () => {
  it("fills path params, URI-encoded, and appends the query", () => {
    expect(buildUrl("/api/topics/:slug", { slug: "a b/c" }, { limit: 5 })).toBe(
      "/api/topics/a%20b%2Fc?limit=5",
    );
  });

  it("leaves out empty query values and repeats array values", () => {
    expect(buildUrl("/api/x", {}, { limit: undefined, q: null, tag: ["a", "b"] })).toBe(
      "/api/x?tag=a&tag=b",
    );
  });

  it("refuses a path whose param is missing", () => {
    expect(() => buildUrl("/api/insights/:id", {})).toThrow(/id/);
  });
});

describe("request", () => {
  it("GETs the contract's path and returns the answer parsed by its contract", async () => {
    const fetch = stubFetch(json(200, topicAnswer));
    const answer = await request(GetTopic, { params: { slug: "sovereign-ai" }, query: { limit: 3 } });

    expect(answer.topic.name).toBe("Sovereign AI");
    expect(answer.neighbours[0]?.weight).toBe(2);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("/api/topics/sovereign-ai?limit=3");
    expect(init?.method).toBe("GET");
    expect(init?.body).toBeUndefined();
  });

  it("sends a POST body as JSON", async () => {
    const fetch = stubFetch(json(201, { insights: [] }));
    await request(CreateInsights, { body: { insights: [{ text: "Compute is policy." }] } });

    const init = fetch.mock.calls[0]?.[1];
    expect(init?.method).toBe("POST");
    expect(new Headers(init?.headers).get("content-type")).toBe("application/json");
    expect(JSON.parse(String(init?.body))).toEqual({ insights: [{ text: "Compute is policy." }] });
  });

  it("turns the shared error body into an ApiError with its code, message and status", async () => {
    stubFetch(
      json(503, { error: { code: "database_unavailable", message: "Neo4j is not answering" } }),
    );
    const error = await failure(request(GetTopicGraph, {}));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: "database_unavailable",
      message: "Neo4j is not answering",
      status: 503,
    });
  });

  it("names the code from the status when the error has no shared body", async () => {
    stubFetch(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(await failure(request(GetTopicGraph, {}))).toMatchObject({ code: "unreachable", status: 502 });

    stubFetch(new Response("nope", { status: 404 }));
    expect(await failure(request(GetTopicGraph, {}))).toMatchObject({ code: "not_found" });
  });

  it("rejects an answer that breaks the contract", async () => {
    stubFetch(json(200, { nodes: [{ id: "x" }], edges: [] }));
    expect(await failure(request(GetTopicGraph, {}))).toMatchObject({ code: "invalid_response" });
  });

  it("rejects a successful answer that is not JSON, such as the app's own index.html", async () => {
    stubFetch(new Response("<!doctype html>", { status: 200 }));
    expect(await failure(request(GetTopicGraph, {}))).toMatchObject({ code: "invalid_response" });
  });

  it("reports a network failure as unreachable", async () => {
    stubFetch(new TypeError("Failed to fetch"));
    expect(await failure(request(GetTopicGraph, {}))).toMatchObject({
      code: "unreachable",
      status: null,
    });
  });

  it("lets an abort through as the caller's own AbortError", async () => {
    const controller = new AbortController();
    controller.abort();
    stubFetch(new DOMException("aborted", "AbortError"));
    const error = await failure(request(GetTopicGraph, { signal: controller.signal }));

    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: "AbortError" });
  });
});
