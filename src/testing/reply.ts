/** Sending a `MockReply`: status, headers, body or SSE chunks, delays, drops and hangs. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockReply } from "./types";

/** The server's pending timers (`delay`, `chunkDelay`), all cleared by `close()`. */
export class Timers {
  private readonly pending = new Map<ReturnType<typeof setTimeout>, () => void>();
  private stopped = false;

  /**
   * Waits `ms` milliseconds.
   *
   * @param ms The wait.
   * @returns `true` after the wait, `false` at once when the server is closing.
   */
  wait(ms: number): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve(true);
      }, ms);
      this.pending.set(timer, () => resolve(false));
    });
  }

  /** Clears every pending timer (their waits answer `false`) and refuses new ones. */
  stop(): void {
    this.stopped = true;
    for (const [timer, cancel] of this.pending) {
      clearTimeout(timer);
      cancel();
    }
    this.pending.clear();
  }
}

/**
 * Sends `reply` on `res`.
 *
 * @param req The request (its socket is destroyed for `drop`).
 * @param res The response.
 * @param reply What to send.
 * @param timers The server's timers, so `close()` can end pending delays.
 * @returns When the reply is sent, dropped, hanging, or the server closed.
 * @example
 * await sendReply(req, res, { status: 404, body: { error: { message: "No" } } }, timers);
 */
export async function sendReply(req: IncomingMessage, res: ServerResponse, reply: MockReply, timers: Timers): Promise<void> {
  if (reply.delay && !(await timers.wait(reply.delay))) return;
  if (reply.drop === "before-headers") {
    req.socket.destroy();
    return;
  }
  // Names lower-cased so a reply's `X-Request-Id` or `Content-Type` replaces the default, not doubles it.
  const headers: Record<string, string> = { "x-request-id": `req_mock_${Math.random().toString(36).slice(2, 10)}` };
  for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = value;
  const chunks = bodyChunks(reply, headers);
  if (!reply.hang && headers["content-length"] === undefined && reply.sse === undefined && !reply.drop) {
    headers["content-length"] = String(chunks.reduce((total, chunk) => total + Buffer.byteLength(chunk), 0));
  }
  res.writeHead(reply.status ?? 200, headers);
  res.flushHeaders();
  const dropAt = reply.drop === "mid-body" ? Math.max(1, Math.floor(chunks.length / 2)) : -1;
  for (let index = 0; index < chunks.length; index++) {
    if (index === dropAt) {
      // Let the chunks already written reach the client before the cut, whatever the header size.
      await timers.wait(10);
      req.socket.destroy();
      return;
    }
    const chunk = chunks[index] as string | Uint8Array;
    if (reply.drop === "mid-body" && chunks.length === 1) {
      // a single chunk: send half of it, then cut the connection
      const bytes = Buffer.from(chunk);
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      await timers.wait(10);
      req.socket.destroy();
      return;
    }
    if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
    if (reply.chunkDelay && index < chunks.length - 1 && !(await timers.wait(reply.chunkDelay))) return;
  }
  if (reply.hang) return; // headers and chunks sent; the response never ends
  res.end();
}

/** The chunks to write, setting the default content type in `headers`. */
function bodyChunks(reply: MockReply, headers: Record<string, string>): Array<string | Uint8Array> {
  if (reply.sse !== undefined) {
    headers["content-type"] ??= "text/event-stream";
    return typeof reply.sse === "string" ? [reply.sse] : reply.sse;
  }
  const body = reply.body;
  let payload: string | Uint8Array;
  if (body === undefined) payload = "";
  else if (typeof body === "string") {
    headers["content-type"] ??= "text/plain; charset=utf-8";
    payload = body;
  } else if (body instanceof Uint8Array) {
    headers["content-type"] ??= "application/octet-stream";
    payload = body;
  } else {
    headers["content-type"] ??= "application/json";
    payload = JSON.stringify(body);
  }
  return reply.chunkSize ? split(payload, reply.chunkSize) : [payload];
}

function split(payload: string | Uint8Array, size: number): Uint8Array[] {
  const bytes = typeof payload === "string" ? Buffer.from(payload) : payload;
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) parts.push(bytes.subarray(offset, offset + size));
  return parts.length > 0 ? parts : [new Uint8Array(0)];
}
