import { CreateView, DeleteView, ListViews, type SavedViewId, UpdateView } from "@shared/api/views";
import { Router } from "express";
import { randomUUID } from "node:crypto";
import type { Database } from "../db";
import { notFound } from "../errors";
import { route } from "../middleware/route";
import { createView, deleteView, listViews, updateView } from "../repositories/views";

/** Saved views of the topic map or a theme page, by name. Writes follow the API's token rule like every other write. */
export function viewsRouter(db: Database, clock: () => Date = () => new Date()): Router {
  const router = Router();
  route(router, ListViews, async ({ query }) => ({ views: await db.read("savedViews", (tx) => listViews(tx, query.limit)) }));
  route(router, CreateView, async ({ body }) => {
    const id = randomUUID().replaceAll("-", "") as SavedViewId;
    return db.write("createSavedView", (tx) => createView(tx, { id, name: body.name, state: body.state, now: clock().toISOString() }));
  });
  route(router, UpdateView, async ({ params, body }) => {
    const view = await db.write("updateSavedView", (tx) => updateView(tx, params.id, { ...body, now: clock().toISOString() }));
    if (!view) throw notFound(`Saved view ${params.id}`);
    return view;
  });
  route(router, DeleteView, async ({ params }) => {
    if (!(await db.write("deleteSavedView", (tx) => deleteView(tx, params.id)))) throw notFound(`Saved view ${params.id}`);
    return { deleted: params.id };
  });
  return router;
}
