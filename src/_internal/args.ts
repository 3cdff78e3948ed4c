/** Run-time checks of argument shapes. Field-level rules are the server's business. */
import { argumentError, type ArgumentError } from "../errors";
import { CONFIG_KEYS } from "../config/validate";

/** True for `{}`-style objects (not arrays, class instances such as Date, Blob or Map, nor null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  try {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return false; // a Proxy whose getPrototypeOf trap throws is no plain object
  }
}

/**
 * Checks a params argument: a plain object (or absent when optional) that carries no config key.
 * A config key in params means the config was passed in the params position: sending it could put
 * a key into a query string, so the call stops here.
 */
export function checkParams(value: unknown, optional: boolean): ArgumentError | undefined {
  if (value === undefined && optional) return undefined;
  if (!isPlainObject(value)) return argumentError("params", `params must be a plain object${optional ? " or omitted" : ""}, got ${describe(value)}`);
  const key = Object.keys(value).find((name) => CONFIG_KEYS.has(name));
  return key === undefined ? undefined
    : argumentError("params", `params has the config key "${key}": pass the config as the last argument (with {} for params when they are optional)`);
}

/**
 * Whether an argument in a slot that takes params or a config (`files(paramsOrConfig?)`) is the
 * config: a plain object with at least one config key. Never throws (a hostile proxy is "no").
 */
export function isConfigArgument(value: unknown): boolean {
  try {
    return isPlainObject(value) && Object.keys(value).some((name) => CONFIG_KEYS.has(name));
  } catch {
    return false;
  }
}

/** A short description of a value's type for messages (never the value itself). */
export function describe(value: unknown): string {
  return value === "" ? "an empty string" : value === null ? "null" : Array.isArray(value) ? "an array"
    : typeof value === "object" ? `a ${Object.prototype.toString.call(value).slice(8, -1)} object` : typeof value;
}

/** Whether `value` is a plain object with `key` set; never throws (a hostile proxy is "no"). */
export function hasOwnKey(value: unknown, key: string): boolean {
  try {
    return isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key);
  } catch {
    return false;
  }
}
