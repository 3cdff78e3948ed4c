/** Types of the `openai-ex/testing` mock server. */

/** A file part of a multipart request, as the server received it. */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  /** Bytes received for this file (counted for any body size). */
  size: number;
  /** Hex SHA-256 of the file's bytes (computed while streaming, for any body size). */
  sha256: string;
  /** The bytes (absent when the body exceeded `maxRecordedBody`). */
  data?: Uint8Array;
}

/** A multipart body split into fields and files. */
export interface RecordedMultipart {
  /** Text fields; a repeated name (`include[]`) gives an array. */
  fields: Record<string, string | string[]>;
  files: RecordedFile[];
}

/** One request the mock server received. */
export interface RecordedRequest {
  method: string;
  /**
   * The path after the API prefix (`/chat/completions`), without the query, exactly as sent
   * (percent-encoding, `//` and dot segments kept). For a request outside the prefix
   * (`/v10/models`, `//v1/models`), the whole path as sent.
   */
  path: string;
  /** The full request target as sent (`/v1/chat/completions?limit=2`). */
  url: string;
  /** Values of `:name` segments of the matched route. */
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** The raw body as sent, also when it was not valid JSON (empty when it exceeded `maxRecordedBody`). */
  rawBody: Uint8Array;
  bodySize: number;
  /** The parsed body, when the content type is JSON (`application/json`, `…+json`) and it parsed. */
  json?: unknown;
  /** The parsed multipart body, when it was multipart. */
  multipart?: RecordedMultipart;
}

/** How the mock server answers a request. */
export interface MockReply {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** An object or array is sent as JSON; a string as text; bytes as they are. */
  body?: unknown;
  /** A server-sent-event stream: one string sent whole, or chunks written one by one. */
  sse?: string | Array<string | Uint8Array>;
  /** ms to wait before sending the headers. */
  delay?: number;
  /** ms to wait between chunks of `sse` (or of `body` when `chunkSize` splits it). */
  chunkDelay?: number;
  /** Split `body` into chunks of this many bytes (a slow trickle with `chunkDelay`). */
  chunkSize?: number;
  /** Destroy the socket before the headers, or half way through the body. */
  drop?: "before-headers" | "mid-body";
  /** Send the headers (and any `sse`/`body` chunks), then go silent without ending the response. */
  hang?: boolean;
}

/** A reply, or a function computing one from the request. */
export type MockHandler = MockReply | ((request: RecordedRequest) => MockReply | Promise<MockReply>);

/** The rate-limit state the mock server reports in its `x-ratelimit-*` headers (what `meta.rateLimit` reads back). */
export interface MockRateLimit {
  limitRequests?: number;
  limitTokens?: number;
  remainingRequests?: number;
  remainingTokens?: number;
  /** As OpenAI writes it: `"6ms"`, `"1s"`, `"6m0s"`. */
  resetRequests?: string;
  resetTokens?: string;
}

/** Options of `startMockServer`. */
export interface MockServerOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default `127.0.0.1`; an IPv6 address (`::1`) is bracketed in `url` and `origin`. */
  host?: string;
  /** The API prefix of `url`; default `/v1` (`"v1"` and `"/v1/"` mean the same; `""` for none). */
  prefix?: string;
  /**
   * Bodies larger than this many bytes are counted (`bodySize`) but not kept: `rawBody` is empty and
   * `json` absent; a multipart body still gives its text fields, and each file its `size` and
   * `sha256` (computed while streaming, without `data`). Other bodies are not hashed. Default 64 MiB.
   */
  maxRecordedBody?: number;
  /**
   * Extra or replacement routes, as `{ "POST /chat/completions": reply }` (method in any case); they
   * are tried before the default routes. A key that can never match makes `startMockServer` throw.
   */
  routes?: Record<string, MockHandler>;
  /**
   * The `x-ratelimit-*` headers sent with every reply: fields given replace the defaults
   * (10 000 requests, 2 000 000 tokens, both far from exhausted); `false` sends none. A reply's
   * own headers win.
   */
  rateLimit?: MockRateLimit | false;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL including the prefix, for `apiUrl`: `http://127.0.0.1:PORT/v1`. */
  url: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  port: number;
  /** Every request received, oldest first. */
  requests: RecordedRequest[];
  /** The latest request, or `undefined`. */
  lastRequest(): RecordedRequest | undefined;
  /**
   * Overrides a route (`"GET /models/:model"`) for the next `times` requests (default: until reset).
   * The newest override wins. Throws an Error when the pattern can never match (`"GET models"`,
   * `"GET /models?limit=2"`, `"GET /models/"`, `"/models/:m"`) or `times` is not a positive integer.
   */
  on(route: string, handler: MockHandler, times?: number): void;
  /** Forgets recorded requests, overrides, and what the default routes remember (batches, vector-store files). */
  reset(): void;
  /** Stops the server, destroys open connections and clears pending `delay`/`chunkDelay` timers. */
  close(): Promise<void>;
}
