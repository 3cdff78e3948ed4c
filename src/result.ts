import type { OpenAIError } from "./errors";

/** Rate-limit state reported by the `x-ratelimit-*` response headers. */
export interface RateLimit {
  limitRequests?: number;
  limitTokens?: number;
  remainingRequests?: number;
  remainingTokens?: number;
  /** How long until the request budget resets, as the server wrote it (e.g. `"1s"`, `"6m0s"`). */
  resetRequests?: string;
  /** How long until the token budget resets, as the server wrote it. */
  resetTokens?: string;
}

/** What the response said besides its body. */
export interface ResponseMeta {
  /** The HTTP status (any 2xx). */
  status: number;
  /** Response headers, names lower-cased. */
  headers: Record<string, string>;
  /** The `x-request-id` header: quote it when you contact OpenAI support. */
  requestId?: string;
  /** Parsed `x-ratelimit-*` headers, when the server sent any. */
  rateLimit?: RateLimit;
}

/**
 * The outcome of every openai-ex call: `["ok", data, meta]` or `["error", error]`.
 *
 * @example
 * const [status, data, meta] = await models();
 * if (status === "error") console.error(data.kind, data.message);
 * else console.log(data.data.length, meta.requestId);
 */
export type Result<T> = readonly ["ok", T, ResponseMeta] | readonly ["error", OpenAIError];

/**
 * One item of a stream or of `paginate`: `["ok", item]`, or one final `["error", error]`.
 *
 * @example
 * for await (const [status, chunk] of stream) {
 *   if (status === "error") console.error(chunk.message);
 *   else process.stdout.write(chunk.choices[0]?.delta.content ?? "");
 * }
 */
export type StreamItem<T> = readonly ["ok", T] | readonly ["error", OpenAIError];

/**
 * Builds a success tuple.
 *
 * @param data The response body.
 * @param meta What the response said besides its body.
 * @returns `["ok", data, meta]`.
 * @example
 * const result = ok({ id: "x" }, { status: 200, headers: {} });
 */
export function ok<T>(data: T, meta: ResponseMeta): Result<T> {
  return ["ok", data, meta] as const;
}

/**
 * Builds a failure tuple.
 *
 * @param error The error object.
 * @returns `["error", error]`.
 * @example
 * const result = err({ kind: "argument", argument: "id", message: "id must be a string" });
 */
export function err<T = never>(error: OpenAIError): Result<T> {
  return ["error", error] as const;
}

/**
 * True when the result is a success (narrows the tuple).
 *
 * @param result Any `Result` or `StreamItem`.
 * @returns Whether its status is `"ok"`.
 * @example
 * const result = await models();
 * if (isOk(result)) console.log(result[1].data);
 */
export function isOk<T, R extends Result<T> | StreamItem<T>>(result: R): result is Extract<R, readonly ["ok", ...unknown[]]> {
  return result[0] === "ok";
}

/**
 * True when the result is a failure (narrows the tuple).
 *
 * @param result Any `Result` or `StreamItem`.
 * @returns Whether its status is `"error"`.
 * @example
 * const result = await models();
 * if (isError(result)) console.error(result[1].message);
 */
export function isError<T, R extends Result<T> | StreamItem<T>>(result: R): result is Extract<R, readonly ["error", OpenAIError]> {
  return result[0] === "error";
}

/** The `Error` thrown by {@link unwrap}; `error` is the `OpenAIError` of the tuple. */
export interface UnwrapError extends Error {
  error: OpenAIError;
}

/**
 * Returns the data of a success, or throws an `Error` carrying the `OpenAIError` (`e.error`).
 * The only function of openai-ex that throws: opt in when exceptions suit your script.
 *
 * @param result A `Result` or `StreamItem`.
 * @returns The data.
 * @throws {UnwrapError} When the result is an error.
 * @example
 * const list = unwrap(await models());
 */
export function unwrap<T>(result: Result<T> | StreamItem<T>): T {
  if (result[0] === "ok") return result[1];
  const error = new Error(result[1].message) as UnwrapError;
  error.name = "OpenAIError";
  error.error = result[1];
  throw error;
}

/**
 * Returns the data of a success, or `fallback` for an error.
 *
 * @param result A `Result` or `StreamItem`.
 * @param fallback The value to use when the result is an error.
 * @returns The data or the fallback.
 * @example
 * const list = unwrapOr(await models(), { object: "list", data: [] });
 */
export function unwrapOr<T, F = T>(result: Result<T> | StreamItem<T>, fallback: F): T | F {
  return result[0] === "ok" ? result[1] : fallback;
}
