/** The mock OpenAI server: a real node:http server on loopback that records every request. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { MultipartRecorder } from "./multipart";
import { defaultRoutes } from "./routes/index";
import type { MockHandler, MockReply, MockServer, MockServerOptions, RecordedRequest } from "./types";

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: MockHandler;
  remaining: number;
}

/** Turns `"GET /models/:model"` into a matcher. */
function compileRoute(route: string, handler: MockHandler, times = Number.POSITIVE_INFINITY): Route {
  const [method = "GET", path = "/"] = route.trim().split(/\s+/);
  const names: string[] = [];
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:(\w+)/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { method: method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), names, handler, remaining: times };
}

function match(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method || route.remaining <= 0) continue;
    const found = route.pattern.exec(path);
    if (!found) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, index) => {
      params[name] = decodeURIComponent(found[index + 1] ?? "");
    });
    return { route, params };
  }
  return undefined;
}

/**
 * Starts a mock OpenAI server on 127.0.0.1 that answers every catalogue route with a fixture and
 * records what it received. Point openai-ex at it with `{ apiUrl: server.url }`.
 *
 * @param options Port, host, prefix, and routes to add or replace.
 * @returns The running server: `url`, `requests`, `on(route, reply, times?)`, `reset()`, `close()`.
 * @example
 * const server = await startMockServer();
 * server.on("POST /chat/completions", { status: 429, body: { error: { message: "Slow down" } } }, 1);
 * const result = await chatCompletion(params, { apiUrl: server.url });
 * console.log(server.lastRequest()?.json);
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const prefix = (options.prefix ?? "/v1").replace(/\/$/, "");
  const maxRecordedBody = options.maxRecordedBody ?? 64 * 1024 * 1024;
  const requests: RecordedRequest[] = [];
  const defaults = Object.entries({ ...defaultRoutes, ...options.routes }).map(([route, handler]) => compileRoute(route, handler));
  let overrides: Route[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: `mock server failure: ${String(error)}`, type: "server_error", param: null, code: null } }));
      } else res.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const recorded = await record(req, prefix, maxRecordedBody);
    requests.push(recorded);
    const found = match(overrides, recorded.method, recorded.path) ?? match(defaults, recorded.method, recorded.path);
    if (!found) {
      return send(req, res, {
        status: 404,
        body: { error: { message: `Invalid URL (${recorded.method} ${recorded.url})`, type: "invalid_request_error", param: null, code: null } },
      });
    }
    found.route.remaining -= 1;
    recorded.params = found.params;
    const { handler } = found.route;
    const reply = typeof handler === "function" ? await handler(recorded) : handler;
    await send(req, res, reply);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const origin = `http://${options.host ?? "127.0.0.1"}:${port}`;

  return {
    url: origin + prefix,
    origin,
    port,
    requests,
    lastRequest: () => requests[requests.length - 1],
    on(route, handler, times) {
      overrides.unshift(compileRoute(route, handler, times));
    },
    reset() {
      requests.length = 0;
      overrides = [];
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function record(req: IncomingMessage, prefix: string, maxRecordedBody: number): Promise<RecordedRequest> {
  const target = new URL(req.url ?? "/", "http://mock.invalid");
  const path = target.pathname.startsWith(prefix) ? target.pathname.slice(prefix.length) || "/" : target.pathname;
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of target.searchParams) {
    const existing = query[name];
    query[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : (value ?? "");

  const type = headers["content-type"] ?? "";
  // Multipart bodies are parsed as they stream in, so huge uploads are hashed without being kept.
  const multipart = MultipartRecorder.for(type, maxRecordedBody);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    multipart?.write(chunk);
    if (size <= maxRecordedBody) chunks.push(chunk);
    else chunks.length = 0;
  }
  const rawBody = size <= maxRecordedBody ? new Uint8Array(Buffer.concat(chunks)) : new Uint8Array(0);
  const recorded: RecordedRequest = { method: req.method ?? "GET", path, url: req.url ?? "/", params: {}, query, headers, rawBody, bodySize: size };
  if (multipart) recorded.multipart = multipart.finish();
  else if (rawBody.length > 0 && type.includes("json")) {
    try {
      recorded.json = JSON.parse(Buffer.from(rawBody).toString("utf8"));
    } catch {
      // keep the raw body only
    }
  }
  return recorded;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(req: IncomingMessage, res: ServerResponse, reply: MockReply): Promise<void> {
  if (reply.delay) await wait(reply.delay);
  if (reply.drop === "before-headers") {
    req.socket.destroy();
    return;
  }
  // Names lower-cased so a reply's `X-Request-Id` or `Content-Type` replaces the default, not doubles it.
  const headers: Record<string, string> = { "x-request-id": `req_mock_${Math.random().toString(36).slice(2, 10)}` };
  for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = value;
  let chunks: Array<string | Uint8Array>;
  if (reply.sse !== undefined) {
    headers["content-type"] ??= "text/event-stream";
    chunks = typeof reply.sse === "string" ? [reply.sse] : reply.sse;
  } else {
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
    chunks = reply.chunkSize ? split(payload, reply.chunkSize) : [payload];
  }
  if (!reply.hang && headers["content-length"] === undefined && reply.sse === undefined && !reply.drop) {
    headers["content-length"] = String(chunks.reduce((total, chunk) => total + Buffer.byteLength(chunk), 0));
  }
  res.writeHead(reply.status ?? 200, headers);
  res.flushHeaders();
  const dropAt = reply.drop === "mid-body" ? Math.max(1, Math.floor(chunks.length / 2)) : -1;
  for (let index = 0; index < chunks.length; index++) {
    if (index === dropAt) {
      req.socket.destroy();
      return;
    }
    const chunk = chunks[index] as string | Uint8Array;
    if (reply.drop === "mid-body" && chunks.length === 1) {
      // a single chunk: send half of it, then cut the connection
      const bytes = Buffer.from(chunk);
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      await wait(10);
      req.socket.destroy();
      return;
    }
    if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
    if (reply.chunkDelay && index < chunks.length - 1) await wait(reply.chunkDelay);
  }
  if (reply.hang) return; // headers and chunks sent; the response never ends
  res.end();
}

function split(payload: string | Uint8Array, size: number): Uint8Array[] {
  const bytes = typeof payload === "string" ? Buffer.from(payload) : payload;
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) parts.push(bytes.subarray(offset, offset + size));
  return parts.length > 0 ? parts : [new Uint8Array(0)];
}
