/**
 * The only module that calls ofetch (and through it, fetch). ofetch is imported lazily on the first
 * request: on Node its entry costs ~55 ms to load, which `import "openai-ex"` must not pay.
 */
import type { $Fetch } from "ofetch";

/** A loaded transport: sends one request (see `transport`). */
export type Transport = (request: TransportRequest) => Promise<Response>;

export interface TransportRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | FormData;
  signal: AbortSignal;
}

/** The transport on ofetch, loaded once; a custom `fetch` gets its own, made once. */
let defaultTransport: Promise<Transport> | undefined;
const customTransports = new WeakMap<typeof fetch, Promise<Transport>>();

/**
 * Loads the transport for `custom` (ofetch, once per process or per custom fetch). The request layer
 * loads it before an attempt's timeout starts, so the first call of a process is not timed out by
 * loading code.
 */
export function loadTransport(custom: typeof fetch | undefined): Promise<Transport> {
  if (!custom) return (defaultTransport ??= import("ofetch").then(({ ofetch }) => over(ofetch)));
  let made = customTransports.get(custom);
  // Stryker disable next-line ConditionalExpression: a transport made afresh for every call behaves the same, only slower
  if (!made) {
    made = import("ofetch").then(({ createFetch }) => over(createFetch({ fetch: custom })));
    customTransports.set(custom, made);
  }
  return made;
}

function over(ofetch: $Fetch): Transport {
  return (request) => transport(ofetch, request);
}

/**
 * Sends one request and resolves with the raw `Response`, body unread. Rejects on network failure
 * or abort, with the underlying error (ofetch's wrapper removed).
 */
async function transport(ofetch: $Fetch, request: TransportRequest): Promise<Response> {
  try {
    return await ofetch.raw(request.url, {
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
