import { z } from "zod";
import { defineContract } from "./contract";

export const GetHealth = defineContract({
  method: "GET",
  path: "/api/health",
  response: z.object({
    status: z.literal("ok"),
    neo4j: z.object({ connected: z.literal(true) }),
  }),
});
