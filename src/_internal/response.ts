/** Turning a `Response` into data, meta, or an error object. */
import type { ApiError, HttpError, OpenAIErrorBody } from "../errors";
import type { RateLimit, ResponseMeta } from "../result";

/** How a 2xx body is decoded. */
export type BodyKind = "json" | "auto" | "bytes" | "text";

/** Response headers as a plain record (names lower-cased by fetch). */
export function headersRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** The meta of a response: status, headers, request id and rate limits. */
export function metaFrom(status: number, headers: Record<string, string>): ResponseMeta {
  const meta: ResponseMeta = { status, headers };
  const requestId = headers["x-request-id"];
  if (requestId) meta.requestId = requestId;
  const rateLimit = rateLimitFrom(headers);
  if (rateLimit) meta.rateLimit = rateLimit;
  return meta;
}

function rateLimitFrom(headers: Record<string, string>): RateLimit | undefined {
  if (!("x-ratelimit-limit-requests" in headers || "x-ratelimit-limit-tokens" in headers
    || "x-ratelimit-remaining-requests" in headers || "x-ratelimit-remaining-tokens" in headers)) return undefined;
  const limit: RateLimit = {};
  const number = (name: string) => {
    const value = headers[name];
    const parsed = value === undefined ? Number.NaN : Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  };
  const assign = <K extends keyof RateLimit>(key: K, value: RateLimit[K] | undefined) => {
    if (value !== undefined) limit[key] = value;
  };
  assign("limitRequests", number("x-ratelimit-limit-requests"));
  assign("limitTokens", number("x-ratelimit-limit-tokens"));
  assign("remainingRequests", number("x-ratelimit-remaining-requests"));
  assign("remainingTokens", number("x-ratelimit-remaining-tokens"));
  assign("resetRequests", headers["x-ratelimit-reset-requests"]);
  assign("resetTokens", headers["x-ratelimit-reset-tokens"]);
  return limit;
}

/**
 * Maps a non-2xx to an `api` error (the body is OpenAI's `{ error: { message } }`) or an `http`
 * error (any other body). `what` is e.g. `POST /chat/completions`.
 */
export function errorFromStatus(
  status: number,
  headers: Record<string, string>,
  text: string,
  what: string,
  retryAfter: number | undefined,
): ApiError | HttpError {
  let body: unknown = text;
  try {
    if (text) body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  const requestId = headers["x-request-id"];
  const errorObject = (body as { error?: unknown } | null)?.error;
  if (typeof errorObject === "object" && errorObject !== null && typeof (errorObject as OpenAIErrorBody).message === "string") {
    const error = errorObject as OpenAIErrorBody;
    const api: ApiError = { kind: "api", status, message: `${status} ${error.message || error.code || "error"} (${what})`, error, body, headers };
    if (requestId) api.requestId = requestId;
    if (retryAfter !== undefined) api.retryAfter = retryAfter;
    return api;
  }
  const snippet = typeof body === "string" ? body.slice(0, 200).replace(/\s+/g, " ").trim() : JSON.stringify(body).slice(0, 200);
  const http: HttpError = {
    kind: "http",
    status,
    message: `${status} ${statusText(status)} from ${what}${snippet ? `: ${snippet}` : " with an empty body"}`,
    body,
    headers,
  };
  if (requestId) http.requestId = requestId;
  if (retryAfter !== undefined) http.retryAfter = retryAfter;
  return http;
}

function statusText(status: number): string {
  if (status >= 500) return "server error";
  if (status >= 400) return "client error";
  if (status >= 300) return "redirect (not followed)";
  return "no body where JSON was expected";
}

/** Replaces every occurrence of `secret` in `text` (servers sometimes echo what they were sent). */
export function scrub(text: string, secret: string | undefined): string {
  return secret && secret.length >= 4 && text.includes(secret) ? text.split(secret).join("[redacted]") : text;
}

/** Decodes a 2xx body by `kind`; `auto` picks by content type (JSON → object, text → string, else bytes). */
export function decodeKind(kind: BodyKind, contentType: string | undefined): "json" | "text" | "bytes" {
  if (kind !== "auto") return kind;
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("json")) return "json";
  if (type.startsWith("text/")) return "text";
  return "bytes";
}
