/** Route patterns of the mock server: `"GET /models/:model"` checked and compiled, then matched segment by segment. */
import type { MockHandler } from "./types";

type Segment = { param: string } | { literal: string };

/** A compiled route: its method, its path segments (`:name` captures one whole segment), its handler. */
export interface Route {
  method: string;
  segments: Segment[];
  handler: MockHandler;
  /** Requests it still answers (an override with `times`); `Infinity` otherwise. */
  remaining: number;
}

/** A request path split for matching: the segments as sent and percent-decoded. */
export interface RequestSegments {
  raw: string[];
  decoded: string[];
}

/**
 * Compiles `"METHOD /path/:param"` (the method in any case). Throws an Error saying why when the
 * pattern could never match: no method, a path not starting with `/`, a query, an empty segment,
 * a trailing slash (it is always optional), a bad `:name`, or a `times` that is not a positive integer.
 *
 * @param route The pattern, e.g. `"GET /models/:model"` or `"post /chat/completions"`.
 * @param handler The reply or function answering it.
 * @param times How many requests it answers (default: no limit).
 * @returns The compiled route.
 * @example
 * compileRoute("GET /models/:model", { body: { id: "x" } });
 */
export function compileRoute(route: string, handler: MockHandler, times = Number.POSITIVE_INFINITY): Route {
  const refuse = (why: string): Error =>
    new Error(`Mock route ${JSON.stringify(route)} can never match: ${why}. Write routes as "METHOD /path/:param", e.g. "GET /models/:model".`);
  if (typeof route !== "string") throw refuse("it is not a string");
  const words = route.trim().split(/\s+/);
  if (words.length !== 2) throw refuse("expected a method, one space, then the path");
  const [method = "", path = ""] = words;
  if (!/^[A-Za-z]+$/.test(method)) throw refuse(`${JSON.stringify(method)} is not an HTTP method`);
  if (!path.startsWith("/")) throw refuse("the path must start with /");
  if (/[?#]/.test(path)) throw refuse("a query or fragment is never part of the path matched (read request.query in a handler)");
  if (path.length > 1 && path.endsWith("/")) throw refuse(`the trailing slash ("${method} ${path.replace(/\/+$/, "")}" also answers the path with a slash)`);
  const parts = path === "/" ? [] : path.slice(1).split("/");
  if (parts.includes("")) throw refuse("the path has an empty segment (//)");
  const names = new Set<string>();
  const segments = parts.map((part): Segment => {
    if (!part.startsWith(":")) return { literal: part };
    const name = part.slice(1);
    if (!/^\w+$/.test(name)) throw refuse(`${JSON.stringify(part)} is not a parameter (":" then letters, digits or _)`);
    if (names.has(name)) throw refuse(`the parameter :${name} appears twice`);
    names.add(name);
    return { param: name };
  });
  if (typeof handler !== "function" && (typeof handler !== "object" || handler === null)) throw refuse("the reply is not an object or a function");
  if (times !== Number.POSITIVE_INFINITY && (!Number.isInteger(times) || times < 1)) throw refuse(`times must be a positive integer, got ${String(times)}`);
  return { method: method.toUpperCase(), segments, handler, remaining: times };
}

/**
 * Splits a request path (after the prefix) for matching; one trailing slash is ignored.
 *
 * @param path The path as sent, e.g. `/models/ft%3Ax/`.
 * @returns The segments, or `undefined` when one is not valid percent-encoding.
 * @example
 * splitPath("/models/a%20b"); // { raw: ["models", "a%20b"], decoded: ["models", "a b"] }
 */
export function splitPath(path: string): RequestSegments | undefined {
  const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  const raw = trimmed === "/" || trimmed === "" ? [] : trimmed.slice(1).split("/");
  const decoded: string[] = [];
  for (const segment of raw) {
    try {
      decoded.push(decodeURIComponent(segment));
    } catch {
      return undefined;
    }
  }
  return { raw, decoded };
}

/**
 * The first route of `routes` answering the request, with its `:param` values (percent-decoded).
 * A literal segment matches the segment as sent or decoded (`ft:x` matches `ft%3Ax`).
 *
 * @param routes Routes in priority order.
 * @param method The request method.
 * @param path The request path from `splitPath`.
 * @returns The route and params, or `undefined`.
 * @example
 * matchRoute([compileRoute("GET /models/:model", {})], "GET", splitPath("/models/x")!); // { route, params: { model: "x" } }
 */
export function matchRoute(routes: readonly Route[], method: string, path: RequestSegments): { route: Route; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.method !== method || route.remaining <= 0 || route.segments.length !== path.raw.length) continue;
    const params: Record<string, string> = {};
    const matches = route.segments.every((segment, index) => {
      const raw = path.raw[index] ?? "";
      const decoded = path.decoded[index] ?? "";
      if ("param" in segment) {
        params[segment.param] = decoded;
        return raw !== "";
      }
      return segment.literal === raw || segment.literal === decoded;
    });
    if (matches) return { route, params };
  }
  return undefined;
}
