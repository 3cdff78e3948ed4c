/**
 * One AbortController per attempt carries our timeout and the caller's signal (ofetch drops its own
 * timeout when a signal is given). The listener on the caller's signal is always removed, so a
 * long-lived signal shared by many calls keeps none.
 */

export type StopReason = "timeout" | "aborted";

export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Why the attempt was stopped, if it was. */
  reason(): StopReason | undefined;
  /** Stops the timeout (the response headers arrived for a stream, or the body was read). */
  clearTimeout(): void;
  /** Restarts the timer with `ms` (used for the stream idle timeout). */
  restartTimer(ms: number): void;
  /** Aborts the attempt (e.g. the stream's consumer stopped early). */
  abort(): void;
  /** Removes the listener on the caller's signal and the timer. Safe to call more than once. */
  dispose(): void;
}

/** Creates the signal of one attempt, with a `timeout` in ms and the caller's optional signal. */
export function attemptSignal(timeout: number, caller: AbortSignal | undefined): AttemptSignal {
  const controller = new AbortController();
  let stopped: StopReason | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (why: StopReason) => {
    if (!stopped) {
      stopped = why;
      controller.abort();
    }
  };
  const onCallerAbort = () => stop("aborted");
  const clear = () => clearTimeout(timer);
  const arm = (ms: number) => {
    clear();
    timer = ms > 0 && ms < Infinity ? setTimeout(stop, ms, "timeout") : undefined;
  };
  if (caller?.aborted) stop("aborted");
  else caller?.addEventListener("abort", onCallerAbort);
  arm(timeout);
  return {
    signal: controller.signal,
    reason: () => stopped,
    clearTimeout: clear,
    restartTimer: arm,
    abort: onCallerAbort,
    dispose() {
      clear();
      caller?.removeEventListener("abort", onCallerAbort);
    },
  };
}
