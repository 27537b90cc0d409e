import { Search } from "@shared/api/search";
import { Router } from "express";
import type { Database } from "../db";
import type { InsightEmbeddings } from "../embeddings";
import { route } from "../middleware/route";
import { searchEverything } from "../search/searchEverything";

/** Hybrid search over insights (words and meaning) and topic names; see searchEverything. */
export function searchRouter(db: Database, embeddings?: InsightEmbeddings): Router {
  const router = Router();
  route(router, Search, ({ query }) => searchEverything(db, embeddings, query));
  return router;
}
