import { z } from "zod";
import { EnvError, loadEnv, type Env } from "../env";

const McpEnvSchema = z.object({
  /** `1` adds the tools that write (ingest_text, follow_topic); unset, the server only reads. */
  MCP_WRITE: z.enum(["", "0", "1", "true", "false"]).default("0").transform((value) => value === "1" || value === "true"),
});

export type McpEnv = Env & z.infer<typeof McpEnvSchema>;

/** The app's environment plus MCP_WRITE, every problem of either listed at once. */
export function loadMcpEnv(source: NodeJS.ProcessEnv = process.env): McpEnv {
  const own = McpEnvSchema.safeParse(source);
  const ownProblems = own.success ? [] : own.error.issues.map((issue) => `  ${issue.path.join(".")}: must be 1 or 0`);
  let env: Env;
  try {
    env = loadEnv(source);
  } catch (error) {
    if (error instanceof EnvError && ownProblems.length > 0) throw new EnvError(`${error.message}\n${ownProblems.join("\n")}`);
    throw error;
  }
  if (!own.success) throw new EnvError(`Invalid configuration:\n${ownProblems.join("\n")}`);
  return { ...env, ...own.data };
}
