import type { Database } from "../db";

/**
 * A database that is still being opened: each call waits for it. The MCP server answers the
 * client's handshake at once (clients give up after a minute) while the bundled Neo4j, which can
 * take longer on a busy machine, starts; a tool called before then waits, and if opening failed
 * each tool answers with that failure as a tool error.
 */
export function laterDatabase(opening: Promise<Database>): Database {
  // Handled here so a failure waits for the first tool call instead of ending the process.
  let opened: Database | undefined;
  opening.then((db) => (opened = db)).catch(() => undefined);
  return {
    read: async (name, work) => (await opening).read(name, work),
    write: async (name, work, options) => (await opening).write(name, work, options),
    ping: async () => (await opening).ping(),
    close: async () => (await opening).close(),
    // Counted once open; undefined before then, which makes a version reader look every time.
    committedWrites: () => opened?.committedWrites?.(),
  };
}
