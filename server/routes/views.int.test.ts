import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
const tag = uniqueTag();

afterAll(() => db.close());

const state = {
  topic: `${tag}-sovereign-ai`,
  filter: "open",
  minWeight: 0.2,
  theme: 3,
  limit: 500,
  pinned: [`${tag}-sovereign-ai`, `${tag}-compute`],
  moved: { [`${tag}-compute`]: [120.5, -40] },
  zoom: 1.25,
  pan: [300, 210],
};

describe("saved views (/api/views)", () => {
  it("saves a view by name, lists it, renames it, replaces its state and deletes it", async () => {
    const created = await request(app).post("/api/views").send({ name: `  Compute ${tag}  `, state }).expect(201);
    expect(created.body).toMatchObject({ name: `Compute ${tag}`, state });
    const id = created.body.id as string;

    const listed = await request(app).get("/api/views").expect(200);
    expect(listed.body.views.find((view: { id: string }) => view.id === id)).toMatchObject({ name: `Compute ${tag}`, state });

    const renamed = await request(app).put(`/api/views/${id}`).send({ name: `Chips ${tag}` }).expect(200);
    expect(renamed.body).toMatchObject({ id, name: `Chips ${tag}`, state });
    const moved = await request(app).put(`/api/views/${id}`).send({ state: { pinned: [`${tag}-chips`] } }).expect(200);
    // A state is replaced whole; what it leaves out takes the map's defaults.
    expect(moved.body.state).toEqual({ scene: { kind: "map" }, topic: null, filter: "", minWeight: 0, theme: null, limit: 150, range: null, pinned: [`${tag}-chips`], moved: {}, zoom: null, pan: null });
    expect(moved.body.name).toBe(`Chips ${tag}`);

    expect(await request(app).delete(`/api/views/${id}`).expect(200)).toHaveProperty("body.deleted", id);
    const after = await request(app).get("/api/views").expect(200);
    expect(after.body.views.map((view: { id: string }) => view.id)).not.toContain(id);
  });

  it("saves a theme page's view (its slug, timeline range and insight pins) and reads an old map state as the map's", async () => {
    const insight = "a1b2c3d4e5f60718a1b2c3d4e5f60718";
    const theme = { scene: { kind: "theme", slug: `${tag}-sovereign-ai` }, range: { from: "2025-10", to: "2026-02" }, pinned: [insight], moved: { [insight]: [12, -3] }, zoom: 2, pan: [40, 50] };
    const created = await request(app).post("/api/views").send({ name: `Theme ${tag}`, state: theme }).expect(201);
    expect(created.body.state).toMatchObject(theme);
    const listed = await request(app).get("/api/views").expect(200);
    expect(listed.body.views.find((view: { id: string }) => view.id === created.body.id).state).toMatchObject(theme);

    // A view saved before scenes existed, as its JSON was stored then: it reads as a view of the map.
    const oldId = "e".repeat(22) + tag.slice(1);
    await db.write("oldSavedView", (tx) =>
      tx.run(`CREATE (:SavedView {id: $id, name: $name, state: $state, createdAt: datetime(), updatedAt: datetime()})`, { id: oldId, name: `Old ${tag}`, state: JSON.stringify(state) }),
    );
    const old = (await request(app).get("/api/views").expect(200)).body.views.find((view: { id: string }) => view.id === oldId);
    expect(old.state).toEqual({ ...state, scene: { kind: "map" }, range: null });

    const bad = await request(app).post("/api/views").send({ name: "x", state: { scene: { kind: "theme", slug: "Not A Slug" } } }).expect(400);
    expect(bad.body.error.details[0].path).toBe("body.state.scene.slug");
    const noSlug = await request(app).post("/api/views").send({ name: "x", state: { scene: { kind: "theme" } } }).expect(400);
    expect(noSlug.body.error.details[0].path).toMatch(/^body\.state\.scene/);
    const badRange = await request(app).post("/api/views").send({ name: "x", state: { ...theme, range: { from: "last week", to: "2026-02" } } }).expect(400);
    expect(badRange.body.error.details[0].path).toBe("body.state.range.from");
    await request(app).delete(`/api/views/${created.body.id}`).expect(200);
    await request(app).delete(`/api/views/${oldId}`).expect(200);
  });

  it("refuses a bad name or state next to the field, and answers 404 for an unknown id", async () => {
    const empty = await request(app).post("/api/views").send({ name: "   ", state }).expect(400);
    expect(empty.body.error.details[0].path).toBe("body.name");
    const long = await request(app).post("/api/views").send({ name: "x".repeat(121), state }).expect(400);
    expect(long.body.error.details[0].path).toBe("body.name");
    const badState = await request(app).post("/api/views").send({ name: "ok", state: { ...state, zoom: 99, extra: 1 } }).expect(400);
    expect(badState.body.error.details.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(["body.state.zoom"]));
    await request(app).put("/api/views/not-an-id").send({ name: "x" }).expect(400);
    await request(app).put(`/api/views/${"f".repeat(32)}`).send({ name: "x" }).expect(404);
    await request(app).put(`/api/views/${"f".repeat(32)}`).send({}).expect(400);
    await request(app).delete(`/api/views/${"f".repeat(32)}`).expect(404);
  });

  it("needs the API token for writes when one is set, but not for reads", async () => {
    const guarded = createTestApp(db, { apiToken: "a-token-of-sixteen-chars" });
    await request(guarded).post("/api/views").send({ name: `Guarded ${tag}`, state: {} }).expect(401);
    await request(guarded).get("/api/views").expect(200);
    const made = await request(guarded).post("/api/views").set("authorization", "Bearer a-token-of-sixteen-chars").send({ name: `Guarded ${tag}`, state: {} }).expect(201);
    await request(guarded).delete(`/api/views/${made.body.id}`).expect(401);
    await request(guarded).delete(`/api/views/${made.body.id}`).set("authorization", "Bearer a-token-of-sixteen-chars").expect(200);
  });
});
