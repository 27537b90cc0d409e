import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { McpDeps } from "./deps";
import { logToolFailures } from "./logFailures";
import { registerReadTools } from "./readTools";
import { registerWriteTools } from "./writeTools";

/**
 * The insight graph as an MCP server: read-only tools always, write tools only when asked for.
 * A tool that fails (unknown id, bad arguments, Neo4j away) answers with a tool error, so a bad
 * call never stops the server; unexpected failures are also logged (standard error).
 */
export function createMcpServer(deps: McpDeps, version: string): McpServer {
  const server = new McpServer(
    { name: "insight-graph", version },
    { instructions: "Insights are short claims extracted from podcasts and articles, linked by topics. Start with search, then get_insight, related, path or topic; every answer links to the explorer." },
  );
  logToolFailures(server, deps.log);
  registerReadTools(server, deps);
  if (deps.writes) registerWriteTools(server, deps, deps.writes);
  return server;
}
