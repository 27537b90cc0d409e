import { z } from "zod";
import { limits } from "../limits";
import { Graph } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";

/** Topics as nodes (id = slug), co-occurrence as weighted edges. */
export const GetTopicGraph = defineContract({
  method: "GET",
  path: "/api/graph/topics",
  query: z.object({ limit: limitParam(limits.graph.default, limits.graph.max) }),
  response: Graph,
});
