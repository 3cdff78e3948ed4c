import { abortedError, argumentError, type OpenAIError } from "../errors";
import { err, type Result } from "../result";
import { isPlainObject, describe } from "../_internal/args";
import { sleep } from "../_internal/retry";

/** Options of {@link poll}. */
export interface PollOptions<T> {
  /** Stop when this holds for the latest data (e.g. `(batch) => batch.status === "completed"`). */
  until: (data: T) => boolean;
  /** ms before the second call; default 1 000. Each wait is 1.5 times the last, up to `maxInterval`. */
  interval?: number;
  /** The longest wait between two calls, ms; default 30 000 (and never below `interval`). */
  maxInterval?: number;
  /** Give up after this many ms with a `timeout` error; default: no limit. */
  timeout?: number;
  /** Stops the polling with an `aborted` error (pass the same signal in the config to stop a call under way). */
  signal?: AbortSignal;
  /** Called with every successful answer and its 1-based number (e.g. to print progress). */
  onPoll?: (data: T, attempt: number) => void;
}

/** How much longer each wait is than the one before. */
const GROWTH = 1.5;

/**
 * Calls a retrieve function until `until(data)` holds: waits between calls grow from `interval`
 * to `maxInterval`. Each call keeps its own retry rules (429s and 5xx are retried with the
 * config's `httpOptions`), so an error that still comes back ends the polling.
 *
 * @param fn A function returning a `Result`: `batches`, `fineTuningJobs`, `vectorStoreFiles`, `responses`, …
 * @param args Its arguments, as for one call (ids, then the config).
 * @param options `until` (required), `interval`, `maxInterval`, `timeout`, `signal`, `onPoll`.
 * @returns The last `["ok", data, meta]` (the one `until` accepted), or the error that stopped it: the
 *   retrieve's own, `timeout` (with the limit) or `aborted`. Never throws.
 * @example
 * const [status, batch] = await poll(batches, ["batch_abc123"], {
 *   until: (b) => ["completed", "failed", "expired", "cancelled"].includes(b.status),
 *   interval: 5_000,
 *   onPoll: (b) => console.log(b.status, b.request_counts),
 * });
 * if (status === "ok") console.log(batch.output_file_id);
 */
export async function poll<A extends unknown[], T>(fn: (...args: A) => Promise<Result<T>>, args: A, options: PollOptions<T>): Promise<Result<T>> {
  try {
    return await pollLoop(fn, args, options);
  } catch (cause) {
    // Only user code (until, onPoll, a throwing fn or getter) can get here.
    return err(argumentError("poll", `poll stopped: a callback threw (${cause instanceof Error ? cause.message : describe(cause)})`));
  }
}

async function pollLoop<A extends unknown[], T>(fn: (...args: A) => Promise<Result<T>>, args: A, options: PollOptions<T>): Promise<Result<T>> {
  const checked = checkOptions(fn, args, options);
  if (typeof checked === "object" && "kind" in checked) return err(checked);
  const { until, onPoll, signal } = options;
  const { interval, maxInterval, timeout } = checked;
  const deadline = Date.now() + timeout;
  let wait = interval;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) return err(abortedError("poll"));
    const result = await fn(...(args as A));
    if (!Array.isArray(result) || (result[0] !== "ok" && result[0] !== "error")) {
      return err(argumentError("fn", "poll stopped: fn did not return a result tuple"));
    }
    if (result[0] === "error") return result;
    onPoll?.(result[1], attempt);
    if (until(result[1])) return result;
    const left = deadline - Date.now();
    if (left <= 0) return err(pollTimeout(timeout, attempt));
    if (!(await sleep(Math.min(wait, left), signal))) return err(abortedError("poll"));
    if (Date.now() >= deadline) return err(pollTimeout(timeout, attempt));
    wait = Math.min(wait * GROWTH, maxInterval);
  }
}

function pollTimeout(timeout: number, attempts: number): OpenAIError {
  return { kind: "timeout", timeout, message: `poll gave up after ${timeout} ms (${attempts} calls) before until() held; raise options.timeout` };
}

interface Timing {
  interval: number;
  maxInterval: number;
  timeout: number;
}

/** The timings, or an `argument` error for a bad fn, args or option. */
function checkOptions(fn: unknown, args: unknown, options: unknown): Timing | OpenAIError {
  if (typeof fn !== "function") return argumentError("fn", `fn must be a function returning a result, such as batches, got ${describe(fn)}`);
  if (!Array.isArray(args)) return argumentError("args", `args must be an array of fn's arguments (e.g. ["batch_abc123"]), got ${describe(args)}`);
  if (!isPlainObject(options)) return argumentError("options", `options must be a plain object with until, got ${describe(options)}`);
  if (typeof options.until !== "function") return argumentError("options.until", "options.until must be a function (data) => boolean");
  if (options.onPoll !== undefined && typeof options.onPoll !== "function") return argumentError("options.onPoll", "options.onPoll must be a function");
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) return argumentError("options.signal", "options.signal must be an AbortSignal");
  const interval = duration(options.interval, 1_000);
  const maxInterval = duration(options.maxInterval, 30_000);
  const timeout = duration(options.timeout, Infinity);
  if (interval === undefined) return argumentError("options.interval", "options.interval must be a number of ms ≥ 0");
  if (maxInterval === undefined) return argumentError("options.maxInterval", "options.maxInterval must be a number of ms ≥ 0");
  if (timeout === undefined) return argumentError("options.timeout", "options.timeout must be a number of ms ≥ 0");
  return { interval, maxInterval: Math.max(interval, maxInterval), timeout };
}

function duration(value: unknown, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return typeof value === "number" && value >= 0 && !Number.isNaN(value) ? value : undefined;
}
