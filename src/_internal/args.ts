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
export function checkParams(value: unknown, optional: boolean, idHint?: string): ArgumentError | undefined {
  if (value === undefined && optional) return undefined;
  if (!isPlainObject(value)) {
    // `batches(123)`: a number where the id form takes a string.
    const hint = idHint && (typeof value === "number" || typeof value === "bigint") ? `; ${idHint}` : "";
    return argumentError("params", `params must be a plain object${optional ? " or omitted" : ""}, got ${describe(value)}${hint}`);
  }
  const keys = Object.keys(value);
  const key = keys.find((name) => CONFIG_KEYS.has(name));
  if (key === undefined) return undefined;
  return keys.every((name) => CONFIG_KEYS.has(name))
    ? argumentError("params", `params has the config key "${key}": pass the config as the last argument (with {} for params when they are optional)`)
    : argumentError(
        "params",
        `params has the config key "${key}" beside other fields: pass the config as its own argument after the params, e.g. (params, { ${key} })`,
      );
}

/**
 * Whether `value` is a config and nothing else: a plain object with at least one key, every key a
 * config key. Never throws (a hostile proxy is "no").
 */
export function isConfigOnly(value: unknown): boolean {
  try {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every((name) => CONFIG_KEYS.has(name));
  } catch {
    return false;
  }
}

/**
 * openai.ex's `batches(config)`, one rule for every function whose params are optional: when no
 * config follows and the params argument holds config keys only, it is the config. `{}` stays
 * params; an object mixing config keys with params stays params (and `checkParams` refuses it).
 */
export function paramsAndConfig(params: unknown, config: unknown): [params: unknown, config: unknown] {
  return config === undefined && isConfigOnly(params) ? [undefined, params] : [params, config];
}

/** A short description of a value's type for messages (never the value itself). */
export function describe(value: unknown): string {
  return value === ""
    ? "an empty string"
    : value === null
      ? "null"
      : Array.isArray(value)
        ? "an array"
        : typeof value === "object"
          ? withArticle(`${Object.prototype.toString.call(value).slice(8, -1)} object`)
          : typeof value;
}

function withArticle(noun: string): string {
  return `${/^[AEIOU]/i.test(noun) ? "an" : "a"} ${noun}`;
}

/** Whether `value` is a plain object with `key` set; never throws (a hostile proxy is "no"). */
export function hasOwnKey(value: unknown, key: string): boolean {
  try {
    return isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key);
  } catch {
    return false;
  }
}
