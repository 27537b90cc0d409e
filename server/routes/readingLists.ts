import {
  BuildReadingList,
  CreateReadingList,
  DeleteReadingList,
  ExportReadingList,
  GetReadingList,
  ListReadingLists,
  type ReadingListId,
  UpdateReadingList,
} from "@shared/api/readingLists";
import { Router } from "express";
import type { Database } from "../db";
import { notFound } from "../errors";
import { exportReadingList } from "../export";
import { generateReadingList, toTheme } from "../readingLists/generate";
import { changeReadingList, loadSavedReadingList, saveReadingList } from "../readingLists/saved";
import { deleteReadingList, listReadingLists } from "../repositories/readingLists";
import { route } from "../middleware/route";
import { fileRoute } from "./fileRoute";

/** Themed reading lists: built on the fly as a file, or saved, edited, regenerated and exported. */
export function readingListsRouter(db: Database, clock: () => Date = () => new Date()): Router {
  const router = Router();
  const saved = async (id: ReadingListId) => {
    const list = await loadSavedReadingList(db, id);
    if (!list) throw notFound(`Reading list ${id}`);
    return list;
  };

  fileRoute(router, BuildReadingList, async ({ query }) => {
    const { format, ...theme } = query;
    const { document, links } = await generateReadingList(db, toTheme(theme), clock());
    return exportReadingList(document, format, links);
  });
  route(router, CreateReadingList, async ({ body }) => (await saveReadingList(db, toTheme(body.theme), body.name, clock())).document);
  route(router, ListReadingLists, async ({ query }) => ({ readingLists: await db.read("readingLists", (tx) => listReadingLists(tx, query.limit)) }));
  route(router, GetReadingList, async ({ params }) => (await saved(params.id)).document);
  route(router, UpdateReadingList, async ({ params, body }) => {
    const change = { ...body, theme: body.theme ? toTheme(body.theme) : undefined };
    const list = await changeReadingList(db, params.id, change, clock());
    if (!list) throw notFound(`Reading list ${params.id}`);
    return list.document;
  });
  route(router, DeleteReadingList, async ({ params }) => {
    if (!(await db.write("deleteReadingList", (tx) => deleteReadingList(tx, params.id)))) throw notFound(`Reading list ${params.id}`);
    return { deleted: params.id };
  });
  fileRoute(router, ExportReadingList, async ({ params, query }) => {
    const { document, links } = await saved(params.id);
    return exportReadingList(document, query.format, links);
  });
  return router;
}
