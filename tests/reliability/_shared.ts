/** Helpers shared by the reliability suite. */
import type { OpenAIError } from "../../src/errors";

/** Resolves with `value`, or with the marker `HUNG` when `promise` takes longer than `ms`. */
export const HUNG = Symbol("hung");
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof HUNG> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof HUNG>((resolve) => {
    timer = setTimeout(() => resolve(HUNG), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Why `value` is not a `Result` tuple (`["ok", data, meta]` or `["error", e]`), or `undefined` when it is. */
export function notAResult(value: unknown): string | undefined {
  if (!Array.isArray(value)) return `not an array: ${typeof value}`;
  if (value[0] === "ok") {
    if (value.length !== 3) return `ok tuple of length ${value.length}`;
    const meta = value[2] as { status?: unknown } | undefined;
    if (typeof meta !== "object" || meta === null || typeof meta.status !== "number") return "ok tuple without meta.status";
    return undefined;
  }
  if (value[0] === "error") return value.length === 2 ? notAnError(value[1]) : `error tuple of length ${value.length}`;
  return `first element ${String(value[0])}`;
}

/** Why `value` is not a stream item (`["ok", x]` or `["error", e]`). */
export function notAStreamItem(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length !== 2) return "not a two-element array";
  if (value[0] === "ok") return undefined;
  if (value[0] === "error") return notAnError(value[1]);
  return `first element ${String(value[0])}`;
}

const KINDS = new Set(["api", "http", "timeout", "network", "aborted", "parse", "file", "config", "argument", "expired", "batch", "validation", "webhook"]);

/** Why `value` is not a plain, serialisable `OpenAIError`. */
export function notAnError(value: unknown): string | undefined {
  const error = value as Partial<OpenAIError> | undefined;
  if (typeof error !== "object" || error === null) return "error is not an object";
  if (!KINDS.has(String(error.kind))) return `unknown error kind ${String(error.kind)}`;
  if (typeof error.message !== "string" || error.message === "") return "error without a message";
  try {
    JSON.stringify(error);
  } catch (cause) {
    return `error is not JSON-serialisable (${(cause as Error).message})`;
  }
  return undefined;
}

/** Collects `unhandledRejection` and `uncaughtException` events while installed. */
export function watchProcess(): { seen: string[]; stop(): void } {
  const seen: string[] = [];
  const onRejection = (reason: unknown) => seen.push(`unhandledRejection: ${describeReason(reason)}`);
  const onException = (error: unknown) => seen.push(`uncaughtException: ${describeReason(error)}`);
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);
  return {
    seen,
    stop() {
      process.off("unhandledRejection", onRejection);
      process.off("uncaughtException", onException);
    },
  };
}

function describeReason(reason: unknown): string {
  try {
    return reason instanceof Error ? `${reason.name}: ${reason.message}\n${reason.stack ?? ""}` : String(reason);
  } catch {
    return "(unprintable)";
  }
}
