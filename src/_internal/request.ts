/**
 * The request layer: prepare, send with retries, decode. Every outcome is a `Result`; nothing
 * escapes as an exception.
 */
import { abortedError, argumentError, networkError, parseError, timeoutError, type OpenAIError } from "../errors";
import { err, ok, type Result, type ResponseMeta } from "../result";
import { prepare, type Prepared, type RequestSpec } from "./prepare";
import { decodeKind, errorFromStatus, headersRecord, metaFrom, scrub } from "./response";
import { backoffMs, isRetryableStatus, retryAfterMs, sleep } from "./retry";
import { attemptSignal, type AttemptSignal } from "./signal";
import { transport } from "./transport";

export type { RequestSpec } from "./prepare";

/** A 2xx streaming response whose body the caller reads; it must call `signal.dispose()` when done. */
export interface StreamSource {
  response: Response;
  signal: AttemptSignal;
  meta: ResponseMeta;
  /** ms allowed between two events. */
  idleTimeout: number;
  /** `POST /chat/completions`. */
  what: string;
  /** The API key, to scrub from anything echoed back. */
  secret: string | undefined;
}

/**
 * Sends a request described by `spec` and decodes the 2xx body.
 *
 * @example
 * return request<Model>({ method: "GET", path: "/models/{model}", ids: { model: modelId }, config });
 */
export async function request<T>(spec: RequestSpec): Promise<Result<T>> {
  try {
    const prepared = await prepare(spec);
    if ("kind" in prepared) return err(prepared);
    return await exchange<T>(prepared, (response, signal) => readBody<T>(response, signal, prepared, spec));
  } catch (cause) {
    return err(unexpected(cause));
  }
}

/** Sends a request whose 2xx body is a stream; resolves when the headers arrive. */
export async function requestStream(spec: RequestSpec): Promise<Result<StreamSource>> {
  try {
    const prepared = await prepare(spec);
    if ("kind" in prepared) return err(prepared);
    return await exchange<StreamSource>(prepared, async (response, signal) => {
      signal.clearTimeout(); // the timeout covers the first byte; the idle timer takes over
      const meta = metaFrom(response.status, headersRecord(response.headers));
      const { httpOptions } = prepared.config;
      return ok({ response, signal, meta, idleTimeout: httpOptions.streamIdleTimeout, what: prepared.what, secret: prepared.config.apiKey }, meta);
    }, true);
  } catch (cause) {
    return err(unexpected(cause));
  }
}

type OnSuccess<T> = (response: Response, signal: AttemptSignal) => Promise<Result<T>>;

const MAX_REDIRECTS = 5;

/** The attempt loop: retries retryable statuses and network errors, honouring Retry-After. */
async function exchange<T>(prepared: Prepared, onSuccess: OnSuccess<T>, keepSignal = false): Promise<Result<T>> {
  const options = prepared.config.httpOptions;
  let url = prepared.url;
  let method = prepared.method as string;
  let redirects = 0;
  for (let attempt = 0; ; attempt++) {
    const signal = attemptSignal(options.timeout, options.signal);
    let failure: OpenAIError;
    let wait: number | undefined;
    try {
      const response = await transport({ ...prepared, url, method, signal: signal.signal, fetch: options.fetch });
      const status = response.status;
      if (status >= 200 && status < 300) {
        const result = await onSuccess(response, signal);
        if (!keepSignal || result[0] === "error") signal.dispose();
        return result;
      }
      const location = response.headers.get("location");
      const next = status >= 300 && status < 400 && location ? sameOriginRedirect(url, location, prepared) : undefined;
      if (next && redirects < MAX_REDIRECTS) {
        await response.body?.cancel().catch(() => undefined);
        signal.dispose();
        redirects++;
        url = next;
        if (status === 303) method = "GET";
        attempt--;
        continue;
      }
      const text = scrub(await response.text(), prepared.config.apiKey);
      signal.dispose();
      const retryAfter = retryAfterMs(response.headers);
      failure = errorFromStatus(status, headersRecord(response.headers), text, prepared.what, retryAfter);
      if (!isRetryableStatus(status) || attempt >= options.retry) return err(failure);
      if (retryAfter !== undefined && retryAfter > options.maxRetryAfter) return err(failure);
      wait = retryAfter;
    } catch (cause) {
      signal.dispose();
      const reason = signal.reason();
      if (reason === "aborted") return err(abortedError(prepared.what));
      if (reason === "timeout") return err(timeoutError(options.timeout, prepared.what));
      failure = networkError(cause, prepared.what);
      failure.message = scrub(failure.message, prepared.config.apiKey);
      if (attempt >= options.retry) return err(failure);
    }
    const slept = await sleep(wait ?? backoffMs(attempt, options.retryDelay), options.signal);
    if (!slept) return err(abortedError(prepared.what));
  }
}

/** A redirect is followed only to the same origin, and never for an upload (its body would be replayed). */
function sameOriginRedirect(from: string, location: string, prepared: Prepared): string | undefined {
  if (prepared.body instanceof FormData) return undefined;
  try {
    const target = new URL(location, from);
    return target.origin === new URL(from).origin ? target.href : undefined;
  } catch {
    return undefined;
  }
}

/** Reads and decodes a 2xx body within the attempt's timeout. */
async function readBody<T>(response: Response, signal: AttemptSignal, prepared: Prepared, spec: RequestSpec): Promise<Result<T>> {
  const headers = headersRecord(response.headers);
  const meta = metaFrom(response.status, headers);
  const kind = decodeKind(spec.body ?? "json", headers["content-type"]);
  try {
    if (kind === "bytes") return ok(new Uint8Array(await response.arrayBuffer()) as T, meta);
    const text = await response.text();
    if (kind === "text") return ok(text as T, meta);
    if (text.length === 0 || response.status === 204) {
      if ("emptyBody" in spec) return ok(spec.emptyBody as T, meta);
      return err(errorFromStatus(response.status, headers, text, prepared.what, undefined));
    }
    try {
      return ok(JSON.parse(text) as T, meta);
    } catch {
      return err(parseError(scrub(text, prepared.config.apiKey), prepared.what));
    }
  } catch (cause) {
    const reason = signal.reason();
    if (reason === "aborted") return err(abortedError(prepared.what));
    if (reason === "timeout") return err(timeoutError(prepared.config.httpOptions.timeout, prepared.what));
    return err(networkError(cause, `${prepared.what} (reading the body)`));
  }
}

/** Anything thrown while preparing: a getter that throws, a proxy, an exotic argument. */
function unexpected(cause: unknown): OpenAIError {
  const message = cause instanceof Error ? cause.message : typeof cause === "string" ? cause : "unknown failure";
  return argumentError("arguments", `The arguments could not be read (${message}); pass plain objects and strings`);
}
