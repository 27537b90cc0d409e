import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { AppError } from "../errors";

type AnyToolCallback = (...args: never[]) => CallToolResult | Promise<CallToolResult>;

/**
 * Makes every tool registered from here on report its unexpected failures (Neo4j away, a bug) on
 * the log, which is standard error, and answer them as a tool error naming the tool. The SDK
 * would turn the throw into a tool error too, but silently: the person running the server would
 * never see why a client's call failed. Expected failures (unknown id, same insight twice) are the
 * tool's answer, not the operator's problem, so they pass through unlogged.
 */
export function logToolFailures(server: McpServer, log: (line: string) => void): void {
  const register = server.registerTool.bind(server) as (name: string, config: unknown, callback: AnyToolCallback) => ReturnType<McpServer["registerTool"]>;
  const guarded = (name: string, config: unknown, callback: AnyToolCallback) =>
    register(name, config, async (...args: never[]): Promise<CallToolResult> => {
      try {
        return await callback(...args);
      } catch (error) {
        if (error instanceof AppError) throw error;
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        log(`mcp: tool ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return { isError: true, content: [{ type: "text", text: `${name} could not answer: ${message}` }] };
      }
    });
  server.registerTool = guarded as McpServer["registerTool"];
}
