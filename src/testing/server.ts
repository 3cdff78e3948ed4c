/** The mock OpenAI server: a real node:http server on loopback that records every request. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { rateLimitHeaders } from "./rateLimit";
import { recordRequest } from "./record";
import { sendReply, Timers } from "./reply";
import { defaultRoutes } from "./routes/index";
import { MockState } from "./routes/state";
import { errorReply } from "./routes/util";
import { compileRoute, matchRoute, splitPath, type Route } from "./routing";
import { normalisePrefix, urlHost } from "./target";
import type { MockReply, MockServer, MockServerOptions, RecordedRequest } from "./types";
import { isWebhookRoute, webhookRoute } from "./webhookRoute";

/**
 * Starts a mock OpenAI server on 127.0.0.1 that answers every catalogue route with a fixture and
 * records what it received. Point openai-ex at it with `{ apiUrl: server.url }`.
 *
 * Routes are tried in this order: overrides from `on()` (newest first), then `options.routes` (in
 * the order given), then the default routes. A route is `"METHOD /path/:param"`; a pattern that
 * could never match (no method, no leading `/`, a query, `//`, a trailing slash) throws.
 *
 * Default replies follow the request where it matters: one embedding (`encoding_format: "base64"`:
 * float32 little-endian in base64) or moderation result per input, `n` chat choices or images,
 * `b64_json` images for `response_format: "b64_json"` and gpt-image models.
 *
 * Every reply carries `x-ratelimit-*` headers (see `options.rateLimit`), so `meta.rateLimit` is
 * filled as with the real API.
 *
 * Every model name exists, except names containing `nope`, `nonexistent`, `does-not-exist`,
 * `no-such` or `unknown` (any case: `gpt-nope`, `no-such-model`), which answer 404 `model_not_found`
 * on the model routes and on every default route taking a `model`.
 *
 * `POST /__mock/webhooks` (at the origin, whatever the prefix; not recorded) signs and sends a
 * webhook to your receiver: a JSON body `{ url, secret, type }` (or `event` instead of `type`; see
 * `sendWebhook` for `data`, `id`, `timestamp`, `headers`, `timeout`) answers 200 with
 * `{ status, answer, event, request }` (the receiver's status and answer), 400 for a bad secret or
 * type, 502 when the receiver cannot be reached, 504 when it does not answer in time.
 *
 * The default routes answer only under the prefix; they answer 400 `invalid_request_error` to a
 * JSON body that does not parse, and to a POST whose JSON body is not an object. Your own routes
 * get such requests as they are (`json` absent, `rawBody` as sent). A request outside the prefix is
 * recorded with its whole path and answers 404 unless one of your routes matches that path; a path
 * segment that is not valid percent-encoding answers 400.
 *
 * @param options Port, host, prefix, and routes to add or replace.
 * @returns The running server: `url`, `requests`, `on(route, reply, times?)`, `reset()`, `close()`.
 * @throws Error when a key of `options.routes` is not a route that can match.
 * @example
 * const server = await startMockServer();
 * server.on("POST /chat/completions", { status: 429, body: { error: { message: "Slow down" } } }, 1);
 * const result = await chatCompletion(params, { apiUrl: server.url });
 * console.log(server.lastRequest()?.json);
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const prefix = normalisePrefix(options.prefix ?? "/v1");
  const maxRecordedBody = options.maxRecordedBody ?? 64 * 1024 * 1024;
  const userRoutes = Object.entries(options.routes ?? {}).map(([route, handler]) => compileRoute(route, handler));
  const state = new MockState();
  const defaults = Object.entries(defaultRoutes(state)).map(([route, handler]) => compileRoute(route, handler));
  const requests: RecordedRequest[] = [];
  let overrides: Route[] = [];
  const sockets = new Set<Socket>();
  const timers = new Timers();
  const limits = rateLimitHeaders(options.rateLimit);
  const send = (req: IncomingMessage, res: ServerResponse, reply: MockReply) =>
    sendReply(req, res, { ...reply, headers: { ...limits, ...reply.headers } }, timers);

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
    if (isWebhookRoute(req)) return send(req, res, await webhookRoute(req));
    const { recorded, inPrefix, invalidJson } = await recordRequest(req, prefix, maxRecordedBody);
    requests.push(recorded);
    const where = `${recorded.method} ${recorded.url}`;
    const segments = splitPath(recorded.path);
    if (!segments) return send(req, res, errorReply(400, `Invalid URL (${where}): a path segment is not valid percent-encoding.`));
    const found =
      matchRoute(overrides, recorded.method, segments) ??
      matchRoute(userRoutes, recorded.method, segments) ??
      (inPrefix ? matchRoute(defaults, recorded.method, segments) : undefined);
    if (!found) return send(req, res, errorReply(404, `Invalid URL (${where})`));
    found.route.remaining -= 1;
    recorded.params = found.params;
    const refused = defaults.includes(found.route) ? badBody(recorded, invalidJson) : undefined;
    if (refused) return send(req, res, refused);
    const { handler } = found.route;
    const reply = typeof handler === "function" ? await handler(recorded) : handler;
    await send(req, res, reply);
  }

  const host = (options.host ?? "127.0.0.1").replace(/^\[(.*)\]$/, "$1");
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const origin = `http://${urlHost(host)}:${port}`;

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
      state.clear();
    },
    close() {
      timers.stop();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The 400 OpenAI gives a JSON body it cannot parse, or a POST body that is not a JSON object. */
function badBody(request: RecordedRequest, invalidJson: boolean): MockReply | undefined {
  if (invalidJson) {
    return errorReply(400, "We could not parse the JSON body of your request. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.");
  }
  const { json } = request;
  if (request.method !== "POST" || json === undefined || (typeof json === "object" && json !== null && !Array.isArray(json))) return undefined;
  const kind = json === null ? "null" : Array.isArray(json) ? "an array" : `a ${typeof json}`;
  return errorReply(400, `Invalid body: expected a JSON object, but got ${kind} instead.`);
}
