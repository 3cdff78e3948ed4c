/**
 * The request layer: prepare, send with retries, decode. Every outcome is a `Result`; nothing
 * escapes as an exception.
 */
import { abortedError, argumentError, parseError, type OpenAIError } from "../errors";
import { err, ok, type Result, type ResponseMeta } from "../result";
import { attemptFailure } from "./failure";
import { attachForm, prepare, type Prepared, type RequestSpec } from "./prepare";
import { followRedirect, type Route } from "./redirect";
import { decodeKind, errorFromStatus, headersRecord, metaFrom } from "./response";
import { nextWait, retryAfterMs, sleep } from "./retry";
import { scrub, scrubHeaders, type Secret } from "./secrets";
import { attemptSignal, type AttemptSignal } from "./signal";
import { loadTransport } from "./transport";

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

/** Handles a 2xx; it owns the attempt's signal from then on and disposes it when it is done with it. */
type OnSuccess<T> = (response: Response, signal: AttemptSignal, prepared: Prepared) => Promise<Result<T>>;

/**
 * Sends a request described by `spec` and decodes the 2xx body.
 *
 * @example
 * return request<Model>({ method: "GET", path: "/models/{model}", ids: { model: modelId }, config });
 */
export function request<T>(spec: RequestSpec): Promise<Result<T>> {
  return run<T>(spec, async (response, signal, prepared) => {
    try {
      return await readBody<T>(response, signal, prepared, spec);
    } finally {
      signal.dispose();
    }
  });
}

/**
 * Sends a request whose 2xx body is a stream; resolves when the headers arrive, handing the signal
 * on to the stream's reader.
 *
 * @example
 * const [status, source] = await requestStream(spec); // then read source.response.body, and source.signal.dispose()
 */
export function requestStream(spec: RequestSpec): Promise<Result<StreamSource>> {
  return run(spec, async (response, signal, { config, what, secret }) => {
    signal.clearTimeout(); // the timeout covers the first byte; the idle timer takes over
    const meta = metaFrom(response.status, headersRecord(response.headers));
    return ok({ response, signal, meta, idleTimeout: config.httpOptions.streamIdleTimeout, what, secret }, meta);
  });
}

function run<T>(spec: RequestSpec, onSuccess: OnSuccess<T>): Promise<Result<T>> {
  let prepared: Prepared | OpenAIError;
  try {
    prepared = prepare(spec);
  } catch (cause) {
    return Promise.resolve(err(unreadable(cause)));
  }
  if ("kind" in prepared) return Promise.resolve(err(prepared));
  if (!spec.form) return exchange(prepared, onSuccess);
  return attachForm(prepared, spec.form).then(
    (ready) => ("kind" in ready ? err(ready) : exchange(ready, onSuccess)),
    // Stryker disable next-line ArrowFunction: attachForm catches every failure of form(); this is the last guard
    (cause) => err(unreadable(cause)),
  );
}

/** A getter that throws, a proxy, an exotic argument. */
function unreadable(cause: unknown): OpenAIError {
  return argumentError("arguments", `The arguments could not be read (${(cause as Error)?.message}); pass plain objects and strings`);
}

/** The attempt loop: another attempt after each failure for which the retry policy gives a wait. */
async function exchange<T>(prepared: Prepared, onSuccess: OnSuccess<T>): Promise<Result<T>> {
  const options = prepared.config.httpOptions;
  const route: Route = { url: prepared.url, method: prepared.method, headers: prepared.headers, body: prepared.body, redirects: 0 };
  for (let attempt = 0; ; attempt++) {
    const result = await send(prepared, route, onSuccess);
    if (result[0] === "ok") return result;
    const wait = nextWait(result[1], attempt, options);
    if (wait === "stop") return result;
    if (!(await sleep(wait, options.signal))) return err(abortedError(prepared.what));
  }
}

/**
 * One attempt: sends on `route` (following same-origin redirects, which change `route` for later
 * attempts too), then hands a 2xx to `onSuccess` or turns any other status into its error.
 */
async function send<T>(prepared: Prepared, route: Route, onSuccess: OnSuccess<T>): Promise<Result<T>> {
  const options = prepared.config.httpOptions;
  const transport = await loadTransport(options.fetch); // before the timeout starts: it counts the exchange, not loading ofetch
  for (;;) {
    let signal: AttemptSignal;
    try {
      signal = attemptSignal(options.timeout, options.signal);
    } catch (cause) {
      return err(unreadable(cause)); // a caller's signal whose methods throw
    }
    let response: Response;
    try {
      response = await transport({
        url: route.url,
        method: route.method,
        headers: route.headers,
        body: route.body,
        signal: signal.signal,
      });
    } catch (cause) {
      signal.dispose();
      return err(attemptFailure(signal, prepared, options.timeout, cause));
    }
    if (response.ok) return onSuccess(response, signal, prepared); // 200-299
    if (await followRedirect(route, response)) {
      signal.dispose();
      continue;
    }
    try {
      return err(await statusFailure(response, prepared));
    } catch (cause) {
      return err(attemptFailure(signal, prepared, options.timeout, cause));
    } finally {
      signal.dispose();
    }
  }
}

/** The `api` or `http` error of a non-2xx, its body and headers scrubbed. */
async function statusFailure(response: Response, { what, secret }: Prepared): Promise<OpenAIError> {
  const text = scrub(await response.text(), secret);
  return errorFromStatus(response.status, scrubHeaders(headersRecord(response.headers), secret), text, what, retryAfterMs(response.headers));
}

/** Reads and decodes a 2xx body within the attempt's timeout. */
async function readBody<T>(response: Response, signal: AttemptSignal, prepared: Prepared, spec: RequestSpec): Promise<Result<T>> {
  const { status } = response;
  const headers = headersRecord(response.headers);
  const meta = metaFrom(status, headers);
  // Stryker disable next-line StringLiteral: every value but "bytes", "text" and "auto" decodes as JSON
  const kind = decodeKind(spec.decode ?? "json", headers["content-type"]);
  try {
    if (kind === "bytes") return ok(new Uint8Array(await response.arrayBuffer()) as T, meta);
    const text = await response.text();
    if (kind === "text") return ok(text as T, meta);
    if (!text) {
      // an empty body (always so for a 204: fetch refuses a 204 with a body)
      return spec.emptyResult !== undefined
        ? ok(spec.emptyResult as T, meta)
        : err(errorFromStatus(status, scrubHeaders({ ...headers }, prepared.secret), text, prepared.what, undefined));
    }
    try {
      return ok(JSON.parse(text), meta);
    } catch {
      return err(parseError(scrub(text, prepared.secret), prepared.what));
    }
  } catch (cause) {
    return err(attemptFailure(signal, prepared, prepared.config.httpOptions.timeout, cause, "body"));
  }
}
