import { GetPath } from "@shared/api/path";
import type { InsightId } from "@shared/ids";
import { request } from "./request";

/** How one insight connects to another: the shortest explained paths. */
export const fetchPath = (from: InsightId, to: InsightId, signal?: AbortSignal) => request(GetPath, { query: { from, to, k: 3 }, signal });
