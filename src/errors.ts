/**
 * Errors are plain, JSON-serialisable objects told apart by `kind`. They never contain the API key.
 */

/** The error object OpenAI puts in a non-2xx body: `{ error: { message, type, param, code } }`. */
export interface OpenAIErrorBody {
  message: string;
  type?: string | null;
  param?: string | null;
  code?: string | number | null;
  [key: string]: unknown;
}

interface ErrorBase {
  /** What failed and how to fix it. */
  message: string;
}

/** A non-2xx whose body is an OpenAI error object. */
export interface ApiError extends ErrorBase {
  kind: "api";
  status: number;
  error: OpenAIErrorBody;
  body: unknown;
  headers: Record<string, string>;
  requestId?: string;
  /** How long the server asked us to wait before retrying, in ms. */
  retryAfter?: number;
}

/** A non-2xx with any other body (HTML 502, empty body, problem+json...). */
export interface HttpError extends ErrorBase {
  kind: "http";
  status: number;
  /** Parsed JSON when the body was JSON, otherwise the text. */
  body: unknown;
  headers: Record<string, string>;
  requestId?: string;
  retryAfter?: number;
}

/** No answer within `httpOptions.timeout`, or a stream idle past `httpOptions.streamIdleTimeout`. */
export interface TimeoutError extends ErrorBase {
  kind: "timeout";
  /** The limit that was exceeded, in ms. */
  timeout: number;
}

/** Connection refused, reset, DNS, TLS, or a body cut off. */
export interface NetworkError extends ErrorBase {
  kind: "network";
  /** The underlying error's message. */
  cause: string;
}

/** The caller's `AbortSignal` fired. */
export interface AbortedError extends ErrorBase {
  kind: "aborted";
}

/** A 2xx body or a stream event that should have been JSON and was not. */
export interface ParseError extends ErrorBase {
  kind: "parse";
  /** The first KB of what was received. */
  body: string;
}

/** An upload input that cannot be read. */
export interface FileError extends ErrorBase {
  kind: "file";
  path: string;
}

/** Missing API key, unreadable or invalid config file, bad `apiUrl` or header value. */
export interface ConfigError extends ErrorBase {
  kind: "config";
}

/** An argument of the wrong type or in the wrong place. */
export interface ArgumentError extends ErrorBase {
  kind: "argument";
  /** The name of the offending argument. */
  argument: string;
}

/** A batch request that never ran: its batch expired (or was cancelled) before reaching it (`batchRun`). */
export interface ExpiredError extends ErrorBase {
  kind: "expired";
  /** The batch the request was in. */
  batchId: string;
}

/** A batch request lost with its whole batch: the batch failed (e.g. its input was refused) or was cancelled (`batchRun`). */
export interface BatchFailedError extends ErrorBase {
  kind: "batch";
  /** The batch the request was in. */
  batchId: string;
  /** The batch's final status: `failed` or `cancelled`. */
  status: string;
  /** The batch's `errors.data` (code, message, line), empty when it gave none. */
  errors: Array<{ code?: string; message?: string; param?: string | null; line?: number | null }>;
}

/** One problem found in a model's structured output: where (`path`, empty for the whole value) and what. */
export interface ValidationIssue {
  /** Keys and array indexes from the root of the value, e.g. `["people", 0, "age"]`. */
  path: Array<string | number>;
  message: string;
}

/**
 * A structured output or tool-call arguments that are not valid JSON, or that the schema rejects
 * (`chatCompletionParse`, `responsesParse`, `runTools`).
 */
export interface ValidationError extends ErrorBase {
  kind: "validation";
  /** What is wrong, each with its path (the schema library's issues, or one for JSON that does not parse). */
  issues: ValidationIssue[];
  /** The text the model wrote (first 64 KB). */
  raw: string;
}

/** What `verifyWebhook` found wrong with a webhook request. */
export type WebhookProblem = "header" | "timestamp" | "signature" | "secret" | "body";

/**
 * A webhook request `verifyWebhook` refuses: a missing header (`header`), a timestamp outside the
 * tolerance (`timestamp`), no matching signature (`signature`), an unusable secret (`secret`), or a
 * verified body that is not JSON (`body`).
 */
export interface WebhookError extends ErrorBase {
  kind: "webhook";
  /** Which check failed. */
  reason: WebhookProblem;
}

/**
 * Every way an openai-ex call can fail, told apart by `kind`.
 *
 * @example
 * const [status, e] = await models("nope");
 * if (status === "error" && e.kind === "api") console.log(e.status, e.error.code);
 */
export type OpenAIError =
  | ApiError
  | HttpError
  | TimeoutError
  | NetworkError
  | AbortedError
  | ParseError
  | FileError
  | ConfigError
  | ArgumentError
  | ExpiredError
  | BatchFailedError
  | ValidationError
  | WebhookError;

/** The possible values of `OpenAIError["kind"]`. */
export type OpenAIErrorKind = OpenAIError["kind"];

/** @internal Builds an `argument` error. */
export function argumentError(argument: string, message: string): ArgumentError {
  return { kind: "argument", argument, message };
}

/** @internal Builds a `config` error. */
export function configError(message: string): ConfigError {
  return { kind: "config", message };
}

/** @internal Builds a `timeout` error. */
export function timeoutError(timeout: number, what: string): TimeoutError {
  return { kind: "timeout", timeout, message: `${what} timed out after ${timeout} ms; raise httpOptions.timeout (streamIdleTimeout for streams)` };
}

/** @internal Builds an `aborted` error. */
export function abortedError(what: string): AbortedError {
  return { kind: "aborted", message: `${what} was aborted by the caller's signal` };
}

/** @internal Builds a `network` error. */
export function networkError(cause: unknown, what: string): NetworkError {
  const text = describeCause(cause);
  return { kind: "network", cause: text, message: `Network error during ${what}: ${text}; check apiUrl and your connection` };
}

/**
 * @internal Builds a `parse` error, keeping the first KB of the body; `message` replaces the default
 * one when the body was JSON but not the expected shape.
 */
export function parseError(body: string, what: string, message = `Could not parse the response of ${what} as JSON`): ParseError {
  return { kind: "parse", body: body.slice(0, 1024), message };
}

/** @internal Builds a `file` error: an upload input that cannot be read, or (`write`) a download destination. */
export function fileError(path: string, reason: string, access: "read" | "write" = "read"): FileError {
  const message =
    access === "read"
      ? `Cannot read upload file ${path} (${reason})`
      : `Cannot write download file ${path} (${reason}); check the directory exists and is writable`;
  return { kind: "file", path, message };
}

/** @internal The same error with `context` put before its message (e.g. which step of a composite failed). */
export function withContext<E extends OpenAIError>(error: E, context: string): E {
  return { ...error, message: `${context}: ${error.message}` };
}

/** @internal Builds a `validation` error; `what` names the value checked (e.g. `the structured output of choice 0`). */
export function validationError(what: string, issues: ValidationIssue[], raw: string, hint = ""): ValidationError {
  const first = issues[0];
  const where = first ? `${first.path.length ? first.path.join(".") : "(root)"}: ${first.message}` : "no details";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return { kind: "validation", issues, raw: raw.slice(0, 65_536), message: `${what} does not match its schema: ${where}${more}${hint}` };
}

/** @internal Builds a `webhook` error. */
export function webhookError(reason: WebhookProblem, message: string): WebhookError {
  return { kind: "webhook", reason, message };
}

/** The codes and messages of an error-like value, following `cause` chains (undici puts the real reason there). */
function describeCause(cause: unknown): string {
  const parts: string[] = [];
  for (let depth = 0; cause && depth < 4; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    const text = typeof cause === "object" ? [code, message].filter((part) => typeof part === "string" && part).join(" ") : String(cause);
    if (text && !parts.includes(text)) parts.push(text);
    cause = typeof cause === "object" && (cause as { cause?: unknown }).cause;
  }
  return parts.join(": ") || "unknown error";
}
