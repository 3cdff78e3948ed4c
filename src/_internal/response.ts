/** Turning a `Response` into data, meta, or an error object. */
import type { ApiError, HttpError, OpenAIErrorBody } from "../errors";
import type { RateLimit, ResponseMeta } from "../result";

/** How a 2xx body is decoded. */
export type BodyKind = "json" | "auto" | "bytes" | "text";

/** Response headers as a plain record (names lower-cased by fetch). */
export function headersRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => (record[name] = value));
  return record;
}

/** `x-ratelimit-*` headers and the `RateLimit` field each fills; `reset` stays as written ("1s", "6m0s"). */
const RATE_LIMIT_FIELDS = [
  ["x-ratelimit-limit-requests", "limitRequests", false],
  ["x-ratelimit-limit-tokens", "limitTokens", false],
  ["x-ratelimit-remaining-requests", "remainingRequests", false],
  ["x-ratelimit-remaining-tokens", "remainingTokens", false],
  ["x-ratelimit-reset-requests", "resetRequests", true],
  ["x-ratelimit-reset-tokens", "resetTokens", true],
] as const;

/** The meta of a response: status, headers, request id and rate limits (`x-ratelimit-*`). */
export function metaFrom(status: number, headers: Record<string, string>): ResponseMeta {
  const meta: ResponseMeta = { status, headers };
  let rateLimit: Record<string, number | string> | undefined;
  let counted = false;
  for (const [header, field, asText] of RATE_LIMIT_FIELDS) {
    const value = headers[header];
    if (value === undefined) continue;
    rateLimit ??= {};
    if (asText) rateLimit[field] = value;
    else {
      counted = true; // limit and remaining are counts
      if (Number.isFinite(+value)) rateLimit[field] = +value;
    }
  }
  if (headers["x-request-id"]) meta.requestId = headers["x-request-id"];
  if (counted) meta.rateLimit = rateLimit as RateLimit;
  return meta;
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
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  const error = (body as { error?: OpenAIErrorBody } | null)?.error;
  const failure = (
    typeof error?.message === "string"
      ? { kind: "api", status, message: `${status} ${error.message || error.code || "error"} (${what})`, error, body, headers }
      : {
          kind: "http",
          status,
          message: `${status} ${status < 300 ? "no body where JSON was expected" : status < 400 ? "redirect (not followed)" : status < 500 ? "client error" : "server error"} from ${what}: ${
            (typeof body === "string" ? body.replace(/\s+/g, " ").trim() : JSON.stringify(body)).slice(0, 200) || "empty body"
          }`,
          body,
          headers,
        }
  ) as ApiError | HttpError;
  if (headers["x-request-id"]) failure.requestId = headers["x-request-id"];
  if (retryAfter !== undefined) failure.retryAfter = retryAfter;
  return failure;
}

/** Decodes a 2xx body by `kind`; `auto` picks by content type (JSON → object, text → string, else bytes). */
export function decodeKind(kind: BodyKind, contentType = ""): "json" | "text" | "bytes" {
  if (kind !== "auto") return kind;
  const type = contentType.toLowerCase();
  return type.includes("json") ? "json" : type.startsWith("text/") ? "text" : "bytes";
}
