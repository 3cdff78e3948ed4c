/**
 * Retry policy: which failures are retried, and how long to wait before the next attempt. The one
 * owner of that rule: the request loop and the part loop of large uploads both ask `nextWait`.
 */
import type { OpenAIError } from "../errors";
import { isRedirectRefusal } from "./redirect";

/** The `httpOptions` fields the policy reads. */
export interface RetryPolicy {
  /** Extra attempts after the first. */
  retry: number;
  /** Base backoff in ms. */
  retryDelay: number;
  /** Longest server-requested wait honoured, in ms. */
  maxRetryAfter: number;
}

/**
 * How long to wait before another attempt after `failure` of attempt `attempt` (0-based), or `"stop"`:
 * network errors (not an upload's refused redirect) and 408/409/429/5xx are retried while attempts
 * remain, after the server's Retry-After when it sent one (unless over `maxRetryAfter`), else a backoff.
 * Timeouts, aborts and every other error are final.
 *
 * @example
 * const wait = nextWait(failure, attempt, config.httpOptions);
 * if (wait === "stop") return err(failure);
 */
export function nextWait(failure: OpenAIError, attempt: number, policy: RetryPolicy): number | "stop" {
  if (attempt >= policy.retry) return "stop";
  if (failure.kind === "network") return isRedirectRefusal(failure) ? "stop" : backoffMs(attempt, policy.retryDelay);
  // Stryker disable next-line ConditionalExpression: the other kinds have no status, which no retryable status equals
  if ((failure.kind !== "api" && failure.kind !== "http") || !isRetryableStatus(failure.status)) return "stop";
  const asked = failure.retryAfter;
  if (asked === undefined) return backoffMs(attempt, policy.retryDelay);
  return asked > policy.maxRetryAfter ? "stop" : asked;
}

/** 408, 409, 429 and every 5xx are worth another attempt. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The wait the server asked for, in ms: `retry-after-ms`, else `Retry-After` as seconds or an
 * HTTP date. `undefined` when neither header is usable.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers.get("retry-after-ms") as string);
  if (ms >= 0) return Math.ceil(ms);
  const after = headers.get("retry-after"); // Headers already strip surrounding spaces
  if (!after) return undefined;
  const seconds = Number(after);
  if (seconds === seconds) return seconds >= 0 && seconds < Infinity ? Math.ceil(seconds * 1000) : undefined; // NaN is not a number of seconds: a date
  const date = Date.parse(after);
  return date === date ? Math.max(0, date - now) : undefined;
}

/** Exponential backoff for attempt `n` (0-based): base·2ⁿ capped at 8 s, minus up to 25 % jitter. */
export function backoffMs(attempt: number, base: number): number {
  return Math.round(Math.min(base * 2 ** attempt, 8_000) * (1 - Math.random() * 0.25));
}

/** Waits `ms`, or less if `signal` aborts; resolves `false` when aborted. Leaves no listener behind. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve(!signal?.aborted);
    const done = (slept: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(slept);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(done, ms, true);
    signal?.addEventListener("abort", onAbort);
  });
}
