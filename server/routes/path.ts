import { GetPath } from "@shared/api/path";
import { Router } from "express";
import type { Database } from "../db";
import { route } from "../middleware/route";
import { findPaths } from "../paths/findPaths";

export function pathRouter(db: Database): Router {
  const router = Router();
  route(router, GetPath, ({ query }) => findPaths(db, query.from, query.to, query.k));
  return router;
}
