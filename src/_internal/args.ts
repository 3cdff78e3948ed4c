/** Run-time checks of argument shapes. Field-level rules are the server's business. */
import { argumentError, type ArgumentError } from "../errors";
import { CONFIG_KEYS } from "./configValidate";

/** True for `{}`-style objects (not arrays, class instances such as Date, Blob or Map, nor null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks a params argument: a plain object (or absent when optional) that carries no config key.
 * A config key in params means the config was passed in the params position: sending it could put
 * a key into a query string, so the call stops here.
 */
export function checkParams(value: unknown, optional: boolean): ArgumentError | undefined {
  if (value === undefined && optional) return undefined;
  if (!isPlainObject(value)) {
    return argumentError("params", `params must be a plain object${optional ? " or omitted" : ""}, got ${describe(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (CONFIG_KEYS.has(key)) {
      return argumentError(
        "params",
        `params has the config key "${key}": pass the config as the last argument (with {} for params when they are optional)`,
      );
    }
  }
  return undefined;
}

/** A short description of a value's type for messages (never the value itself). */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return `a ${Object.prototype.toString.call(value).slice(8, -1)} object`;
  return typeof value;
}
