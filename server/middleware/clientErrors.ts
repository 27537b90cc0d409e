import type { Server } from "node:http";
import type { Duplex } from "node:stream";

/**
 * Requests Node refuses before Express sees them (headers over 16 KB, malformed request lines) get
 * the API's one error shape too, instead of Node's bare status line.
 */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const [status, code, message] = tooLarge
      ? [431, "headers_too_large", "Request headers are larger than the server accepts (16 KB)"]
      : [400, "bad_request", "Malformed HTTP request"];
    const body = JSON.stringify({ error: { code, message } });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
