/**
 * The only module that calls ofetch (and through it, fetch). ofetch is imported lazily on the first
 * request: on Node its entry costs ~55 ms to load, which `import "openai-ex"` must not pay.
 */
import type { $Fetch } from "ofetch";
import { withQuery } from "./query";

export interface TransportRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  query?: Record<string, unknown>;
  body?: string | FormData;
  signal: AbortSignal;
  fetch?: typeof fetch;
}

/** ofetch, imported once; a custom `fetch` gets its own client, made once. */
let defaultClient: Promise<$Fetch> | undefined;
const customClients = new WeakMap<typeof fetch, Promise<$Fetch>>();

function client(custom: typeof fetch | undefined): Promise<$Fetch> {
  if (!custom) {
    defaultClient ??= import("ofetch").then((module) => module.ofetch);
    return defaultClient;
  }
  let made = customClients.get(custom);
  // Stryker disable next-line ConditionalExpression: a client made afresh for every call behaves the same, only slower
  if (!made) {
    made = import("ofetch").then((module) => module.createFetch({ fetch: custom }));
    customClients.set(custom, made);
  }
  return made;
}

/**
 * Resolves once the ofetch client for `custom` is loaded. The request layer waits for it before an
 * attempt's timeout starts, so the first call of a process is not timed out by loading code.
 */
// Stryker disable next-line BlockStatement: in a process that has loaded ofetch already (every test run), not waiting changes nothing
export function transportReady(custom: typeof fetch | undefined): Promise<unknown> {
  return client(custom);
}

/**
 * Sends one request and resolves with the raw `Response`, body unread. Rejects on network failure
 * or abort, with the underlying error (ofetch's wrapper removed).
 */
export async function transport(request: TransportRequest): Promise<Response> {
  const ofetch = await client(request.fetch);
  try {
    // The query string is ours (brackets for arrays), not ofetch's.
    return await ofetch.raw(withQuery(request.url, request.query), {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      // Our own loop retries (ofetch ignores Retry-After); our own controller times out.
      retry: 0,
      ignoreResponseError: true,
      // The body is read by the response decoder (ofetch's destr would hide malformed JSON).
      responseType: "stream",
      // Never follow a redirect: another origin would receive our custom headers, and following
      // makes undici keep whole upload bodies in memory for replay.
      // An upload uses "error": with "manual" (as with "follow") undici keeps the whole multipart body in
      // memory for a replay (a 256 MiB file: +274 MB RSS; with "error": a few MB).
      redirect: request.body instanceof FormData ? "error" : "manual",
    });
  } catch (error) {
    // ofetch wraps the fetch rejection in a FetchError whose `cause` is the real reason.
    const cause = (error as { cause?: unknown }).cause;
    throw cause ?? error;
  }
}
