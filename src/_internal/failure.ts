/**
 * Why an attempt failed, built in one place for requests, streams and downloads: our signal
 * (the caller's abort, or our timer) or else the network, with every credential scrubbed.
 */
import { abortedError, networkError, timeoutError, type OpenAIError } from "../errors";
import { isRedirectRefusal } from "./redirect";
import { scrub, type Secret } from "./secrets";
import type { AttemptSignal } from "./signal";

/** What an attempt was doing: sending and awaiting the headers, reading a 2xx body, or reading a stream. */
export type Phase = "request" | "body" | "stream";

/** Names the call in messages and scrubs its credentials: `POST /chat/completions`. */
export interface AttemptContext {
  what: string;
  secret: Secret;
}

/**
 * The error of an attempt our own signal stopped: `aborted` (the caller's signal) or `timeout` (after
 * `timeout` ms; for a stream, the idle timeout); `undefined` when the signal did not fire.
 *
 * @example
 * const stop = stopFailure(signal, idleTimeout, "POST /chat/completions", "stream"); // TimeoutError | undefined
 */
export function stopFailure(signal: AttemptSignal, timeout: number, what: string, phase: Phase): OpenAIError | undefined {
  const why = signal.reason();
  if (why === "aborted") return abortedError(what);
  return why === "timeout" ? timeoutError(timeout, phase === "stream" ? `${what} (stream idle)` : what) : undefined;
}

/**
 * Why an attempt failed with `cause`: its stop reason when our signal fired, else a `network` error
 * whose message and cause carry no credential (an upload refused for a redirect says how to fix it).
 *
 * @example
 * catch (cause) { return err(attemptFailure(signal, prepared, timeout, cause, "body")); }
 */
export function attemptFailure(
  signal: AttemptSignal,
  { what, secret }: AttemptContext,
  timeout: number,
  cause: unknown,
  phase: Phase = "request",
): OpenAIError {
  const stopped = stopFailure(signal, timeout, what, phase);
  if (stopped) return stopped;
  const during: Record<Phase, string> = { request: "", body: " (reading the body)", stream: " (reading the stream)" }; // built per call: mutation testing can switch it
  const failure = networkError(cause, what + during[phase]);
  failure.message = scrub(failure.message, secret);
  failure.cause = scrub(failure.cause, secret);
  if (isRedirectRefusal(failure))
    failure.message += " (the server answered an upload with a redirect; uploads never follow redirects: point apiUrl at the final URL)";
  return failure;
}
