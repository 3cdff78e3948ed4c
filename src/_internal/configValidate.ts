/** Shape checks and merging for config objects from any source. */
import { argumentError, configError, type OpenAIError } from "../errors";
import type { Config, HttpOptions } from "../config";

/** The keys a `Config` may have; an object with any of them in a params position is a misplaced config. */
export const CONFIG_KEYS: ReadonlySet<string> = new Set(["apiKey", "organizationKey", "projectKey", "beta", "apiUrl", "httpOptions"]);

const HTTP_OPTION_KEYS: ReadonlySet<string> = new Set([
  "timeout", "streamIdleTimeout", "retry", "retryDelay", "maxRetryAfter", "headers", "query", "signal", "fetch",
]);
const NUMBER_OPTIONS = ["timeout", "streamIdleTimeout", "retry", "retryDelay", "maxRetryAfter"] as const;
const STRING_FIELDS = ["apiKey", "organizationKey", "projectKey", "beta", "apiUrl"] as const;
// CR, LF and NUL would let a value inject headers; fetch would reject them and echo the value.
const CONTROL_CHARACTERS = /[\r\n\0]/;

/** Checks a config object from `where`; returns the first problem or `undefined`. Never quotes values. */
export function validateConfig(value: unknown, where: string): OpenAIError | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return argumentError("config", `${where} must be an object`);
  }
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!CONFIG_KEYS.has(key)) return argumentError("config", `${where} has an unknown key "${key}"; known keys: ${[...CONFIG_KEYS].join(", ")}`);
  }
  for (const key of STRING_FIELDS) {
    const field = config[key];
    if (field === undefined) continue;
    if (typeof field !== "string") return configError(`${where}: ${key} must be a string`);
    if (CONTROL_CHARACTERS.test(field)) return configError(`${where}: ${key} contains a control character (CR, LF or NUL); check how it was loaded`);
  }
  if (typeof config.apiUrl === "string" && !isHttpUrl(config.apiUrl)) {
    return configError(`${where}: apiUrl must be an absolute http(s) URL such as https://api.openai.com/v1`);
  }
  return config.httpOptions === undefined ? undefined : validateHttpOptions(config.httpOptions, where);
}

function validateHttpOptions(value: unknown, where: string): OpenAIError | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return configError(`${where}: httpOptions must be an object`);
  const options = value as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!HTTP_OPTION_KEYS.has(key)) return configError(`${where}: httpOptions has an unknown key "${key}"; known keys: ${[...HTTP_OPTION_KEYS].join(", ")}`);
  }
  for (const key of NUMBER_OPTIONS) {
    const field = options[key];
    if (field !== undefined && (typeof field !== "number" || !Number.isFinite(field) || field < 0)) {
      return configError(`${where}: httpOptions.${key} must be a non-negative number of ${key === "retry" ? "attempts" : "ms"}`);
    }
  }
  for (const key of ["headers", "query"] as const) {
    const problem = validateStringRecord(options[key], `${where}: httpOptions.${key}`);
    if (problem) return problem;
  }
  const signal = options.signal;
  if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof (signal as AbortSignal).addEventListener !== "function")) {
    return configError(`${where}: httpOptions.signal must be an AbortSignal`);
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function") return configError(`${where}: httpOptions.fetch must be a function`);
  return undefined;
}

function validateStringRecord(value: unknown, where: string): OpenAIError | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return configError(`${where} must be an object of strings`);
  for (const [name, field] of Object.entries(value)) {
    if (typeof field !== "string") return configError(`${where}["${name}"] must be a string`);
    if (CONTROL_CHARACTERS.test(field) || CONTROL_CHARACTERS.test(name)) {
      return configError(`${where}["${name}"] contains a control character (CR, LF or NUL)`);
    }
  }
  return undefined;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** Merges `top` over `base`: fields replace, `httpOptions` merges per key, `headers` per (case-insensitive) name. */
export function mergeConfigs(base: Config, top: Config): Config {
  const merged: Config = { ...base };
  for (const key of STRING_FIELDS) if (top[key] !== undefined) merged[key] = top[key];
  if (top.httpOptions) {
    const a: HttpOptions = base.httpOptions ?? {};
    const b = top.httpOptions;
    const options: HttpOptions = { ...a };
    for (const key of Object.keys(b) as (keyof HttpOptions)[]) {
      if (b[key] !== undefined && key !== "headers" && key !== "query") (options as Record<string, unknown>)[key] = b[key];
    }
    if (b.headers) options.headers = mergeHeaders(a.headers ?? {}, b.headers);
    if (b.query) options.query = { ...a.query, ...b.query };
    merged.httpOptions = options;
  }
  return merged;
}

function mergeHeaders(base: Record<string, string>, top: Record<string, string>): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) merged[name.toLowerCase()] = value;
  for (const [name, value] of Object.entries(top)) merged[name.toLowerCase()] = value;
  return merged;
}
