/**
 * The escape hatch's request building: turns `request(method, path, params?, options?)` into the
 * `RequestSpec` every wrapped function sends, so retries, timeouts, scrubbing and errors are the same.
 */
import { argumentError, type OpenAIError } from "../errors";
import { err, type Result } from "../result";
import type { EventStream } from "../stream";
import { isPlainObject } from "./args";
import { uploadForm } from "./multipart";
import type { RequestSpec } from "./prepare";
import { request } from "./request";
import type { BodyKind } from "./response";
import { requestEventStream } from "./stream";

const METHODS = new Set(["GET", "POST", "DELETE", "PUT", "PATCH"]);

/** Sends an escape-hatch call and decodes its 2xx body as `accept` says (JSON by default). */
export function passthrough<T>(method: unknown, path: unknown, params: unknown, options: unknown): Promise<Result<T>> {
  const spec = safeSpec(method, path, params, options);
  return "kind" in spec ? Promise.resolve(err(spec)) : request<T>(spec);
}

/** Sends an escape-hatch call whose 2xx body is server-sent events; `events: "named"` yields `{ event, data }`. */
export function passthroughStream<T>(method: unknown, path: unknown, params: unknown, options: unknown): Promise<Result<EventStream<T>>> {
  const spec = safeSpec(method, path, params, options);
  if ("kind" in spec) return Promise.resolve(err(spec));
  return requestEventStream<T>(spec, spec.eventsNamed ? "named" : "data");
}

/** A spec, and how its events are read if it streams. */
type PassthroughSpec = RequestSpec & { eventsNamed?: boolean };

function safeSpec(method: unknown, path: unknown, params: unknown, options: unknown): PassthroughSpec | OpenAIError {
  try {
    return passthroughSpec(method, path, params, options);
  } catch (cause) {
    return argumentError("arguments", `The arguments could not be read (${(cause as Error)?.message}); pass plain objects and strings`);
  }
}

/**
 * Builds the spec of an escape-hatch call, or the `argument` error that stops it before sending.
 * GET and DELETE send params as the query; other methods as JSON, or as multipart when params is a
 * `FormData` or has a `file` key (path, Blob, bytes or `{ data, filename }`).
 */
export function passthroughSpec(method: unknown, path: unknown, params: unknown, options: unknown): PassthroughSpec | OpenAIError {
  if (typeof method !== "string" || !METHODS.has(method.toUpperCase())) {
    return argumentError("method", "method must be one of GET, POST, PUT, PATCH, DELETE");
  }
  // A full URL here would send the API key to another host: the path is always relative to apiUrl.
  if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) {
    return argumentError("path", 'path must be a string starting with "/", relative to apiUrl (e.g. "/models/{model}")');
  }
  if (options !== undefined && !isPlainObject(options)) return argumentError("config", "config must be a plain object or omitted");
  // `ids`, `accept` and `events` are the escape hatch's own options; the rest is the call's config.
  const { ids, accept, events, ...config } = (options ?? {}) as { ids?: unknown; accept?: unknown; events?: unknown };
  if (ids !== undefined && !isPlainObject(ids)) return argumentError("ids", 'ids must be a plain object of path segments, e.g. { model: "gpt-4o" }');
  if (events !== undefined && events !== "data" && events !== "named") return argumentError("events", 'events must be "data" or "named"');
  if (accept !== undefined && accept !== "json" && accept !== "bytes" && accept !== "text") {
    return argumentError("accept", 'accept must be "json", "bytes" or "text"');
  }
  const verb = method.toUpperCase() as RequestSpec["method"];
  const spec: PassthroughSpec = {
    method: verb,
    path,
    ids: ids ?? {},
    params,
    paramsOptional: true,
    config,
    decode: (accept ?? "json") as BodyKind,
    eventsNamed: events === "named",
  };
  if (params instanceof FormData) return { ...spec, send: "none", form: () => Promise.resolve(params) };
  if (isPlainObject(params) && "file" in params && verb !== "GET" && verb !== "DELETE") {
    const { file, ...fields } = params;
    return { ...spec, form: () => uploadForm(fields, [["file", file, "file"]]) };
  }
  const query = verb === "GET" || verb === "DELETE";
  return { ...spec, params, send: query ? "query" : "json" };
}
