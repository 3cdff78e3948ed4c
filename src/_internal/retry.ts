/** Retry policy: which failures are retried, and how long to wait before the next attempt. */

const MAX_BACKOFF = 8_000;

/** 408, 409, 429 and every 5xx are worth another attempt. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The wait the server asked for, in ms: `retry-after-ms`, else `Retry-After` as seconds or an
 * HTTP date. `undefined` when neither header is usable.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null) {
    const value = Number.parseFloat(ms);
    if (Number.isFinite(value) && value >= 0) return Math.ceil(value);
  }
  const after = headers.get("retry-after");
  if (after === null || after.trim() === "") return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff for attempt `n` (0-based): base·2ⁿ capped at 8 s, minus up to 25 % jitter. */
export function backoffMs(attempt: number, base: number): number {
  const ideal = Math.min(base * 2 ** attempt, MAX_BACKOFF);
  return Math.round(ideal * (1 - Math.random() * 0.25));
}

/** Waits `ms`, or less if `signal` aborts; resolves `false` when aborted. Leaves no listener behind. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
