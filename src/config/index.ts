/**
 * Configuration: built-in defaults < config file < environment < `setConfig()` < per-call config.
 * Everything is read at call time; nothing happens at import time.
 */
import { argumentError, type OpenAIError } from "../errors";
import type { StreamItem } from "../result";
import { forgetConfigFile, loadConfigFile } from "./file";
import { readEnv } from "../_internal/env";
import { mergeConfigs, validateConfig } from "./validate";

export type { Config, HttpOptions } from "./types";
import type { Config, HttpOptions } from "./types";

/** The defaults every field falls back to. */
export const DEFAULT_API_URL = "https://api.openai.com/v1";

/** A config with every default filled in, as the request layer uses it. Printing it hides the key. */
export interface ResolvedConfig extends Config {
  apiUrl: string;
  httpOptions: Required<Omit<HttpOptions, "signal" | "fetch">> & Pick<HttpOptions, "signal" | "fetch">;
}

let programmatic: Config | undefined;

/**
 * Sets process-wide config, merged over earlier `setConfig()` calls, the environment and the file.
 *
 * @param config The fields to set (`httpOptions` and its `headers` merge per key).
 * @returns `["ok", resolved]`, or `["error", e]` (and nothing changes) when the config is malformed.
 * @example
 * setConfig({ apiKey: process.env.MY_KEY, httpOptions: { retry: 5 } });
 */
export function setConfig(config: Config): StreamItem<ResolvedConfig> {
  try {
    const problem = validateConfig(config, "setConfig");
    if (problem) return ["error", problem];
    const next = mergeConfigs(programmatic ?? {}, config as Config);
    const resolved = resolveConfig(undefined, next);
    if (!isResolved(resolved)) return ["error", resolved];
    programmatic = next;
    return ["ok", hideKeyWhenPrinted(detached(resolved))];
  } catch (cause) {
    return ["error", unreadable("setConfig", cause)];
  }
}

/**
 * The config a call would use, with every source applied. Printing or serialising it hides the key.
 *
 * @param override A per-call config to apply on top.
 * @returns `["ok", resolved]`, or `["error", e]` when a source is invalid (e.g. the config file).
 * @example
 * const [status, config] = getConfig();
 * if (status === "ok") console.log(config.apiUrl, config); // apiKey prints as "sk-…[redacted]"
 */
export function getConfig(override?: Config): StreamItem<ResolvedConfig> {
  try {
    const resolved = resolveConfig(override);
    return isResolved(resolved) ? ["ok", hideKeyWhenPrinted(detached(resolved))] : ["error", resolved];
  } catch (cause) {
    return ["error", unreadable("getConfig", cause)];
  }
}

/** A config object whose getters or proxy traps throw: an `argument` error, never an exception. */
function unreadable(where: string, cause: unknown): OpenAIError {
  const reason = cause instanceof Error ? cause.message : "unknown failure";
  return argumentError("config", `${where}: the config could not be read (${reason}); pass a plain object`);
}

/**
 * Forgets `setConfig()` values and the cached config file (the file is read again on the next call).
 *
 * @returns Nothing.
 * @example
 * afterEach(() => resetConfig());
 */
export function resetConfig(): void {
  programmatic = undefined;
  forgetConfigFile();
}

/** @internal Resolves every source into one config, or the `config`/`argument` error that stops the call. */
export function resolveConfig(override: unknown, setting: Config | undefined = programmatic): ResolvedConfig | OpenAIError {
  const problem = override == null ? undefined : validateConfig(override, "config");
  if (problem) return problem;
  const base = baseConfig(setting);
  if ("kind" in base) return base as OpenAIError;
  // Without a per-call config every call gets the same object (the request layer keys its memo on
  // it), so nothing may change it: getConfig and setConfig hand out `detached` copies.
  return (override == null ? base : mergeConfigs(base, override as Config)) as ResolvedConfig;
}

/**
 * Defaults < file < environment < setConfig(), merged. The environment is read on every call
 * (openai.ex issue #50), but the merge is reused while the sources are the same ones.
 */
let cachedBase: { key: string; setting: Config | undefined; file: unknown; value: Config | OpenAIError } | undefined;

function baseConfig(setting: Config | undefined): Config | OpenAIError {
  const file = loadConfigFile();
  if (!file.ok) return file.error;
  const values = ENV_NAMES.map(readEnv);
  const key = values.join("\0");
  if (cachedBase && cachedBase.key === key && cachedBase.setting === setting && cachedBase.file === file) return cachedBase.value;
  const [apiKey, orgId, organization, projectKey, baseUrl, apiUrl, beta, webhookSecret] = values;
  const environment: Config = { apiKey, organizationKey: orgId ?? organization, projectKey, apiUrl: baseUrl ?? apiUrl, beta, webhookSecret };
  // An OPENAI_API_KEY with a trailing CR/LF (a pasted .env line) must stop here, not in fetch, which echoes it.
  let value: Config | OpenAIError = validateConfig(environment, "the OPENAI_* environment variables") ?? {
    apiUrl: DEFAULT_API_URL,
    httpOptions: { timeout: 600_000, streamIdleTimeout: 120_000, retry: 2, retryDelay: 500, maxRetryAfter: 60_000, headers: {}, query: {} },
  };
  if (!("kind" in value)) for (const source of [file.value, environment, setting]) if (source) value = mergeConfigs(value as Config, source as Config);
  cachedBase = { key, setting, file, value };
  return value;
}

const ENV_NAMES = [
  "OPENAI_API_KEY",
  "OPENAI_ORG_ID",
  "OPENAI_ORGANIZATION",
  "OPENAI_PROJECT_ID",
  "OPENAI_BASE_URL",
  "OPENAI_API_URL",
  "OPENAI_BETA",
  "OPENAI_WEBHOOK_SECRET",
];

/** A copy sharing no mutable object with the cache: a caller that edits it changes no later call. */
function detached(config: ResolvedConfig): ResolvedConfig {
  const { headers, query } = config.httpOptions;
  return { ...config, httpOptions: { ...config.httpOptions, headers: { ...headers }, query: { ...query } } };
}

function isResolved(value: ResolvedConfig | OpenAIError): value is ResolvedConfig {
  return !("kind" in value);
}

/** Non-enumerable `toJSON` and `util.inspect` hooks print the config with its key masked. */
function hideKeyWhenPrinted(config: ResolvedConfig): ResolvedConfig {
  const printable = (): Record<string, unknown> => ({
    ...config,
    apiKey: config.apiKey === undefined ? undefined : "[redacted]",
    webhookSecret: config.webhookSecret === undefined ? undefined : "[redacted]",
    httpOptions: { ...config.httpOptions, headers: redactHeaders(config.httpOptions.headers) },
  });
  // Non-enumerable: still `config.apiKey`, but hidden from console.dir, Object.entries and spreads.
  for (const key of ["apiKey", "webhookSecret"] as const) {
    if (config[key] !== undefined) Object.defineProperty(config, key, { value: config[key], enumerable: false, writable: true, configurable: true });
  }
  Object.defineProperty(config, "toJSON", { value: printable, enumerable: false });
  Object.defineProperty(config, Symbol.for("nodejs.util.inspect.custom"), { value: printable, enumerable: false });
  Object.defineProperty(config, "toString", { value: () => JSON.stringify(printable()), enumerable: false });
  return config;
}

/** Header values that carry credentials (Azure's `api-key`, a hand-set `Authorization`) print as `[redacted]`. */
function redactHeaders(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!headers) return headers;
  const secret = /^(authorization|proxy-authorization|api-key|x-api-key|cookie)$/i;
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, secret.test(name) ? "[redacted]" : value]));
}
