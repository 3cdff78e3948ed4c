/** The shape of a config, shared by the resolver, the file loader and the validator. */

/** HTTP behaviour; every field is optional and merges per key. */
export interface HttpOptions {
  /** ms until the full non-stream response, or until a stream's first byte; default 600 000. */
  timeout?: number;
  /** ms allowed between two stream events; default 120 000. */
  streamIdleTimeout?: number;
  /** Extra attempts after the first; default 2. */
  retry?: number;
  /** Base backoff in ms; doubled each attempt, capped at 8 000, with jitter; default 500. */
  retryDelay?: number;
  /** Longest `Retry-After` honoured, in ms; default 60 000. Longer: the error is returned at once with `retryAfter`. */
  maxRetryAfter?: number;
  /** Extra request headers, merged per header name (e.g. Azure's `api-key`). */
  headers?: Record<string, string>;
  /** Extra query parameters on every request (e.g. Azure's `api-version`). */
  query?: Record<string, string>;
  /** Aborts the call (and a stream being read). */
  signal?: AbortSignal;
  /** A custom fetch (proxies, tests, edge runtimes). */
  fetch?: typeof fetch;
}

/**
 * Per-call, `setConfig()`, config-file and environment settings.
 *
 * @example
 * await chatCompletion(params, { apiKey: tenantKey, httpOptions: { timeout: 30_000 } });
 */
export interface Config {
  /** Sent as `Authorization: Bearer …`; env `OPENAI_API_KEY`. */
  apiKey?: string;
  /** Sent as `OpenAI-Organization`; env `OPENAI_ORG_ID` (or `OPENAI_ORGANIZATION`). */
  organizationKey?: string;
  /** Sent as `OpenAI-Project`; env `OPENAI_PROJECT_ID`. */
  projectKey?: string;
  /** Sent as `OpenAI-Beta`; the assistants family sends `assistants=v2` when unset; env `OPENAI_BETA`. */
  beta?: string;
  /** Base URL including the version segment; default `https://api.openai.com/v1`; env `OPENAI_BASE_URL`. */
  apiUrl?: string;
  /** The `whsec_…` secret `verifyWebhook` checks signatures with when none is passed; env `OPENAI_WEBHOOK_SECRET`. */
  webhookSecret?: string;
  /** HTTP behaviour: timeouts, retries, headers, query, signal, fetch. */
  httpOptions?: HttpOptions;
}
