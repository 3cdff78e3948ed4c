/** Shape checks and merging for config objects from any source. Messages never quote values. */
import { argumentError, configError, type OpenAIError } from "../errors";
import type { Config, HttpOptions } from "./types";

const STRING_FIELDS = ["apiKey", "organizationKey", "projectKey", "beta", "apiUrl", "webhookSecret"] as const;
const NUMBER_OPTIONS = ["timeout", "streamIdleTimeout", "retry", "retryDelay", "maxRetryAfter"] as const;

/** The keys a `Config` may have; an object with any of them in a params position is a misplaced config. */
export const CONFIG_KEYS: ReadonlySet<string> = new Set([...STRING_FIELDS, "httpOptions"]);
const HTTP_OPTION_KEYS: ReadonlySet<string> = new Set([...NUMBER_OPTIONS, "headers", "query", "signal", "fetch"]);

// CR, LF and NUL would let a value inject headers; fetch would reject them and echo the value.
const CONTROL = /[\r\n\0]/;
// What fetch accepts in a header value (tab, printable ASCII, Latin-1); a pasted “smart quote” in a
// key would otherwise fail inside fetch as a retried "network" error. Header names must be tokens.
const BAD_HEADER_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const HEADER_NAME = /^[!#$%&'*+.^`|~\w-]+$/;
const NO_CONTROL = "with no CR, LF, NUL or non-Latin-1 character";

/**
 * An absolute http(s) URL that `new URL` accepts ("http://exa mple.com" passes a prefix check, not
 * the parser), with no query or fragment: paths are appended to it, so `?api-version=…` would end up
 * before the path (query parameters belong in `httpOptions.query`).
 */
const isHttpUrl = (text: string): boolean => {
  try {
    if (!/^https?:\/\/[^/]/i.test(text) || /[?#]/.test(text)) return false;
    new URL(text); // throws when the parser refuses it
    return true;
  } catch {
    return false;
  }
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const unknownKey = (value: object, known: ReadonlySet<string>, where: string): string | undefined => {
  const key = Object.keys(value).find((name) => !known.has(name));
  return key && `${where} has an unknown key "${key}"; known keys: ${[...known].join(", ")}`;
};

/** Where a config came from, for messages: "config" (the per-call argument), "setConfig", or a description. */
const sourceOf = (where: string): string => (where === "config" ? "the config argument" : where === "setConfig" ? "the config given to setConfig()" : where);

/**
 * Checks a config object from `where`; returns the first problem or `undefined`. Messages name the
 * field first and then its source, so a printed `config: …` does not say "config" twice.
 */
export function validateConfig(value: unknown, where: string): OpenAIError | undefined {
  const source = sourceOf(where);
  if (!isObject(value))
    return argumentError(
      "config",
      `${source} must be an object like { apiKey }, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`,
    );
  const unknown = unknownKey(value, CONFIG_KEYS, source);
  if (unknown) return argumentError("config", unknown);
  for (const key of STRING_FIELDS) {
    const field = value[key];
    if (field !== undefined && (typeof field !== "string" || (key === "apiUrl" ? CONTROL : BAD_HEADER_VALUE).test(field)))
      return configError(`${key} in ${source} must be a string ${NO_CONTROL}`);
  }
  if (value.apiUrl !== undefined && !isHttpUrl(value.apiUrl as string)) {
    return configError(
      `apiUrl in ${source} must be an absolute http(s) URL without a query or fragment, such as https://api.openai.com/v1 (put query parameters in httpOptions.query)`,
    );
  }
  const options = value.httpOptions;
  if (options === undefined) return undefined;
  const at = `httpOptions in ${source}`;
  if (!isObject(options)) return configError(`${at} must be an object like { timeout: 30_000 }`);
  const problem =
    unknownKey(options, HTTP_OPTION_KEYS, at) ??
    NUMBER_OPTIONS.find((key) => options[key] !== undefined && !(typeof options[key] === "number" && options[key] >= 0 && options[key] < Infinity)) ?? // NaN fails both; "3" is no number
    (["headers", "query"] as const).find((key) => {
      const record = options[key];
      return (
        record !== undefined &&
        (!isObject(record) ||
          Object.keys(record).some(
            (name) =>
              typeof record[name] !== "string" ||
              (key === "headers" ? !HEADER_NAME.test(name) || BAD_HEADER_VALUE.test(record[name] as string) : CONTROL.test(name + record[name])),
          ))
      );
    }) ??
    (options.signal !== undefined && typeof (options.signal as AbortSignal)?.addEventListener !== "function" ? "signal" : undefined) ??
    (options.fetch !== undefined && typeof options.fetch !== "function" ? "fetch" : undefined);
  if (!problem) return undefined;
  const rule = {
    signal: "an AbortSignal",
    fetch: "a function",
    headers: `an object of header names to strings ${NO_CONTROL}`,
    query: `an object of strings ${NO_CONTROL}`,
  }[problem];
  return configError(
    problem.includes(" ")
      ? problem
      : `httpOptions.${problem} in ${source} must be ${rule ?? (problem === "retry" ? "a non-negative number of attempts" : "a non-negative number of milliseconds")}`,
  );
}

/** Merges `top` over `base`: fields replace, `httpOptions` merges per key, `headers` per (case-insensitive) name. */
export function mergeConfigs(base: Config, top: Config): Config {
  const merged: Config = { ...base };
  for (const key of STRING_FIELDS) if (top[key] !== undefined) merged[key] = top[key];
  const b = top.httpOptions;
  if (b) {
    const a = base.httpOptions ?? {};
    const options: Record<string, unknown> = { ...a };
    for (const key in b) if (b[key as keyof HttpOptions] !== undefined) options[key] = b[key as keyof HttpOptions];
    if (b.headers) options.headers = { ...lowerCased(a.headers), ...lowerCased(b.headers) };
    if (b.query) options.query = { ...a.query, ...b.query };
    merged.httpOptions = options;
  }
  return merged;
}

function lowerCased(headers: Record<string, string> = {}): Record<string, string> {
  const record: Record<string, string> = {};
  for (const name in headers) record[name.toLowerCase()] = headers[name] as string;
  return record;
}
