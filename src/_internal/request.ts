/**
 * The request layer: prepare, send with retries, decode. Every outcome is a `Result`; nothing
 * escapes as an exception.
 */
import { abortedError, argumentError, networkError, parseError, type OpenAIError } from "../errors";
import { err, ok, type Result, type ResponseMeta } from "../result";
import { attachForm, prepare, type Prepared, type RequestSpec } from "./prepare";
import { decodeKind, errorFromStatus, headersRecord, metaFrom } from "./response";
import { scrub, scrubHeaders, type Secret } from "./secrets";
import { backoffMs, isRetryableStatus, retryAfterMs, sleep } from "./retry";
import { attemptSignal, stopError, type AttemptSignal } from "./signal";
import { transport } from "./transport";
import { isRedirectRefusal, sameOrigin } from "./redirect";


/** A 2xx streaming response whose body the caller reads; it must call `signal.dispose()` when done. */
export interface StreamSource {
  response: Response;
  signal: AttemptSignal;
  meta: ResponseMeta;
  /** ms allowed between two events. */
  idleTimeout: number;
  /** `POST /chat/completions`. */
  what: string;
  /** The call's credentials, to scrub from anything echoed back. */
  secret: Secret;
}

type OnSuccess<T> = (response: Response, signal: AttemptSignal, prepared: Prepared) => Promise<Result<T>>;

/**
 * Sends a request described by `spec` and decodes the 2xx body.
 *
 * @example
 * return request<Model>({ method: "GET", path: "/models/{model}", ids: { model: modelId }, config });
 */
export function request<T>(spec: RequestSpec): Promise<Result<T>> {
  return run<T>(spec, (response, signal, prepared) => readBody<T>(response, signal, prepared, spec));
}

/** Sends a request whose 2xx body is a stream; resolves when the headers arrive. */
export function requestStream(spec: RequestSpec): Promise<Result<StreamSource>> {
  return run(spec, async (response, signal, { config, what, secret }) => {
    signal.clearTimeout(); // the timeout covers the first byte; the idle timer takes over
    const meta = metaFrom(response.status, headersRecord(response.headers));
    return ok({ response, signal, meta, idleTimeout: config.httpOptions.streamIdleTimeout, what, secret }, meta);
  }, true);
}

function run<T>(spec: RequestSpec, onSuccess: OnSuccess<T>, keepSignal?: boolean): Promise<Result<T>> {
  let prepared: Prepared | OpenAIError;
  try {
    prepared = prepare(spec);
  } catch (cause) {
    return Promise.resolve(err(unreadable(cause)));
  }
  if ("kind" in prepared) return Promise.resolve(err(prepared));
  if (!spec.form) return exchange(prepared, onSuccess, keepSignal);
  return attachForm(prepared, spec.form).then((ready) => ("kind" in ready ? err(ready) : exchange(ready, onSuccess, keepSignal)), (cause) => err(unreadable(cause)));
}

/** A getter that throws, a proxy, an exotic argument. */
function unreadable(cause: unknown): OpenAIError {
  return argumentError("arguments", `The arguments could not be read (${(cause as Error)?.message}); pass plain objects and strings`);
}

/** The attempt loop: retries retryable statuses and network errors, honouring Retry-After. */
async function exchange<T>(prepared: Prepared, onSuccess: OnSuccess<T>, keepSignal?: boolean): Promise<Result<T>> {
  const { config: { httpOptions: options }, what, secret } = prepared;
  let { url, method, body, headers: requestHeaders } = prepared;
  let redirects = 0;
  for (let attempt = 0; ; attempt++) {
    let signal: AttemptSignal | undefined;
    let wait: number | undefined;
    try {
      signal = attemptSignal(options.timeout, options.signal);
      const response = await transport({ url, method, headers: requestHeaders, query: prepared.query, body, signal: signal.signal, fetch: options.fetch });
      const { status, headers } = response;
      if (status > 199 && status < 300) {
        const result = await onSuccess(response, signal, prepared);
        if (!keepSignal || result[0] === "error") signal.dispose();
        // A body cut off part way is a network failure like any other, so it is retried too.
        if (result[0] === "ok" || result[1].kind !== "network" || attempt >= options.retry) return result;
      } else {
        // Redirects are followed only to the same origin, and never for an upload (its body would be replayed).
        const next = status > 299 && status < 400 && redirects < 5 && !(body instanceof FormData) ? sameOrigin(url, headers.get("location")) : undefined;
        if (next) {
          await response.body?.cancel().catch(() => undefined);
          signal.dispose();
          redirects++;
          url = next;
          if (status === 303) {
            // "See Other": fetch the result with a GET, which carries no body and so no Content-Type.
            [method, body] = ["GET", undefined];
            const { "content-type": _json, ...rest } = requestHeaders;
            requestHeaders = rest;
          }
          attempt--;
          continue;
        }
        const text = scrub(await response.text(), secret);
        signal.dispose();
        wait = retryAfterMs(headers);
        const failure = errorFromStatus(status, scrubHeaders(headersRecord(headers), secret), text, what, wait);
        if (!isRetryableStatus(status) || attempt >= options.retry || (wait ?? 0) > options.maxRetryAfter) return err(failure);
      }
    } catch (cause) {
      if (!signal) return err(unreadable(cause)); // a caller's signal whose methods throw
      signal.dispose();
      const failure = failed(signal, prepared, cause);
      if (failure.kind !== "network" || attempt >= options.retry || isRedirectRefusal(failure)) return err(failure);
    }
    if (!(await sleep(wait ?? backoffMs(attempt, options.retryDelay), options.signal))) return err(abortedError(what));
  }
}

/** Why an attempt failed: the caller's signal, our timeout, or the network. */
function failed(signal: AttemptSignal, { config, what, secret }: Prepared, cause: unknown, during = ""): OpenAIError {
  const stopped = stopError(signal, config.httpOptions.timeout, what);
  if (stopped) return stopped;
  const failure = networkError(cause, what + during);
  failure.message = scrub(failure.message, secret);
  failure.cause = scrub(failure.cause, secret);
  return failure;
}

/** Reads and decodes a 2xx body within the attempt's timeout. */
async function readBody<T>(response: Response, signal: AttemptSignal, prepared: Prepared, spec: RequestSpec): Promise<Result<T>> {
  const { status } = response;
  const headers = headersRecord(response.headers);
  const meta = metaFrom(status, headers);
  const kind = decodeKind(spec.body ?? "json", headers["content-type"]);
  try {
    if (kind === "bytes") return ok(new Uint8Array(await response.arrayBuffer()) as T, meta);
    const text = await response.text();
    if (kind === "text") return ok(text as T, meta);
    if (!text || status === 204) {
      return "emptyBody" in spec ? ok(spec.emptyBody as T, meta) : err(errorFromStatus(status, scrubHeaders({ ...headers }, prepared.secret), text, prepared.what, undefined));
    }
    try {
      return ok(JSON.parse(text), meta);
    } catch {
      return err(parseError(scrub(text, prepared.secret), prepared.what));
    }
  } catch (cause) {
    return err(failed(signal, prepared, cause, " (reading the body)"));
  }
}
