/**
 * Configuration: built-in defaults < config file < environment < `setConfig()` < per-call config.
 * Everything is read at call time; nothing happens at import time.
 */
import { argumentError, configError, type OpenAIError } from "./errors";
import type { StreamItem } from "./result";
import { forgetConfigFile, loadConfigFile } from "./_internal/configFile";
import { readEnv } from "./_internal/env";
import { mergeConfigs, validateConfig } from "./_internal/configValidate";

/** HTTP behaviour; every field is optional and merges per key. */
export interface HttpOptions {
  /** ms until the full non-stream response, or until a stream's first byte; default 600 000. */
  timeout?: number;
  /** ms allowed between two stream events; default 120 000. */
  streamIdleTimeout?: number;
  /** Extra attempts after the first; default 2. */
  retry?: number;
  /** Base backoff in ms; doubled each attempt, capped at 8 000, with jitter; default 500. */
  retryDelay?: number;
  /** Longest `Retry-After` honoured, in ms; default 60 000. Longer: the error is returned at once with `retryAfter`. */
  maxRetryAfter?: number;
  /** Extra request headers, merged per header name (e.g. Azure's `api-key`). */
  headers?: Record<string, string>;
  /** Extra query parameters on every request (e.g. Azure's `api-version`). */
  query?: Record<string, string>;
  /** Aborts the call (and a stream being read). */
  signal?: AbortSignal;
  /** A custom fetch (proxies, tests, edge runtimes). */
  fetch?: typeof fetch;
}

/**
 * Per-call, `setConfig()`, config-file and environment settings.
 *
 * @example
 * await chatCompletion(params, { apiKey: tenantKey, httpOptions: { timeout: 30_000 } });
 */
export interface Config {
  /** Sent as `Authorization: Bearer …`; env `OPENAI_API_KEY`. */
  apiKey?: string;
  /** Sent as `OpenAI-Organization`; env `OPENAI_ORG_ID` (or `OPENAI_ORGANIZATION`). */
  organizationKey?: string;
  /** Sent as `OpenAI-Project`; env `OPENAI_PROJECT_ID`. */
  projectKey?: string;
  /** Sent as `OpenAI-Beta`; the assistants family sends `assistants=v2` when unset; env `OPENAI_BETA`. */
  beta?: string;
  /** Base URL including the version segment; default `https://api.openai.com/v1`; env `OPENAI_BASE_URL`. */
  apiUrl?: string;
  /** HTTP behaviour: timeouts, retries, headers, query, signal, fetch. */
  httpOptions?: HttpOptions;
}

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
  const problem = validateConfig(config, "setConfig");
  if (problem) return ["error", problem];
  const next = mergeConfigs(programmatic ?? {}, config as Config);
  const resolved = resolveConfig(undefined, next);
  if (!isResolved(resolved)) return ["error", resolved];
  programmatic = next;
  return ["ok", hideKeyWhenPrinted(resolved)];
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
  const resolved = resolveConfig(override);
  return isResolved(resolved) ? ["ok", hideKeyWhenPrinted(resolved)] : ["error", resolved];
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
  if (override !== undefined && override !== null) {
    if (typeof override !== "object" || Array.isArray(override)) {
      return argumentError("config", `config must be an object like { apiKey }, got ${describe(override)}`);
    }
    const problem = validateConfig(override, "config");
    if (problem) return problem;
  }
  const file = loadConfigFile();
  if (!file.ok) return file.error;
  if (file.path) {
    const problem = validateConfig(file.value, `config file ${file.path}`);
    if (problem) return configError(problem.message);
  }
  let merged = mergeConfigs(defaults(), file.value as Config);
  merged = mergeConfigs(merged, fromEnvironment());
  if (setting) merged = mergeConfigs(merged, setting);
  if (override) merged = mergeConfigs(merged, override as Config);
  return merged as ResolvedConfig;
}

function defaults(): Config {
  return {
    apiUrl: DEFAULT_API_URL,
    httpOptions: { timeout: 600_000, streamIdleTimeout: 120_000, retry: 2, retryDelay: 500, maxRetryAfter: 60_000, headers: {}, query: {} },
  };
}

function fromEnvironment(): Config {
  const config: Config = {};
  const apiKey = readEnv("OPENAI_API_KEY");
  const organizationKey = readEnv("OPENAI_ORG_ID") ?? readEnv("OPENAI_ORGANIZATION");
  const projectKey = readEnv("OPENAI_PROJECT_ID");
  const apiUrl = readEnv("OPENAI_BASE_URL") ?? readEnv("OPENAI_API_URL");
  const beta = readEnv("OPENAI_BETA");
  if (apiKey) config.apiKey = apiKey;
  if (organizationKey) config.organizationKey = organizationKey;
  if (projectKey) config.projectKey = projectKey;
  if (apiUrl) config.apiUrl = apiUrl;
  if (beta) config.beta = beta;
  return config;
}

function isResolved(value: ResolvedConfig | OpenAIError): value is ResolvedConfig {
  return !("kind" in value);
}

/** Non-enumerable `toJSON` and `util.inspect` hooks print the config with its key masked. */
function hideKeyWhenPrinted(config: ResolvedConfig): ResolvedConfig {
  const printable = (): Record<string, unknown> => ({ ...config, apiKey: config.apiKey === undefined ? undefined : "[redacted]" });
  Object.defineProperty(config, "toJSON", { value: printable, enumerable: false });
  Object.defineProperty(config, Symbol.for("nodejs.util.inspect.custom"), { value: printable, enumerable: false });
  Object.defineProperty(config, "toString", { value: () => JSON.stringify(printable()), enumerable: false });
  return config;
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}
