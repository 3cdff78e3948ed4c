/** The abort signal of a tool loop: passed to every request, and raced against the `run` functions of a round. */
import type { Config } from "../../config";

/**
 * The config of each round's request, with the loop's `signal` added (combined with the config's own signal).
 *
 * @param config The caller's config (left as it is when there is no signal, or when it is not an object).
 * @param signal The loop's signal.
 */
export function loopConfig(config: Config | undefined, signal: AbortSignal | undefined): Config | undefined {
  if (!signal || (config !== undefined && (typeof config !== "object" || config === null))) return config;
  const own = config?.httpOptions?.signal;
  return { ...config, httpOptions: { ...config?.httpOptions, signal: own ? AbortSignal.any([signal, own]) : signal } };
}

/**
 * Waits for `work`, or answers `"aborted"` as soon as `signal` fires (the work is left to finish on its own).
 */
export async function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T | "aborted"> {
  if (!signal) return work;
  if (signal.aborted) return "aborted";
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<"aborted">((resolve) => {
    onAbort = () => resolve("aborted");
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
