/** Checks `batchRun`'s arguments and fills in the defaults. */
import type { Config } from "../../config";
import { argumentError, type OpenAIError } from "../../errors";
import { describe, isPlainObject } from "../../_internal/args";
import type { BatchRunEndpoint, BatchRunOptions } from "./types";

const ENDPOINTS: readonly string[] = ["/v1/chat/completions", "/v1/embeddings", "/v1/responses", "/v1/completions", "/v1/moderations"];

/** The options with every default applied. */
export interface RunOptions {
  endpoint: BatchRunEndpoint;
  maxRequestsPerBatch: number;
  maxBytesPerBatch: number;
  concurrency: number;
  pollInterval: number;
  maxPollInterval: number;
  order: "input" | "completion";
  metadata?: Record<string, string>;
  statePath?: string;
  redownload: boolean;
  tempDir?: string;
  signal?: AbortSignal;
  cancelOnAbort: boolean;
  onProgress?: BatchRunOptions["onProgress"];
}

function count(options: Record<string, unknown>, name: string, fallback: number, min: number): number | OpenAIError {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || (min === 1 && !Number.isInteger(value))) {
    return argumentError(`options.${name}`, `options.${name} must be ${min === 1 ? "a whole number ≥ 1" : "a number of ms ≥ 0"}, got ${describe(value)}`);
  }
  return value;
}

/** The checked options, or the `argument` error of the first bad one. */
export function checkRunArguments(requests: unknown, options: unknown, config: unknown): RunOptions | OpenAIError {
  const iterable = typeof requests === "object" && requests !== null && (Symbol.asyncIterator in requests || Symbol.iterator in requests);
  if (!iterable) return argumentError("requests", `requests must be an array, iterable or async iterable of request bodies, got ${describe(requests)}`);
  if (config !== undefined && !isPlainObject(config)) return argumentError("config", `config must be a plain object or omitted, got ${describe(config)}`);
  if (!isPlainObject(options)) return argumentError("options", `options must be a plain object with an endpoint, got ${describe(options)}`);
  const { endpoint, order = "input", metadata, statePath, tempDir, signal, onProgress } = options;
  if (typeof endpoint !== "string" || !ENDPOINTS.includes(endpoint))
    return argumentError("options.endpoint", `options.endpoint must be one of ${ENDPOINTS.join(", ")}`);
  if (order !== "input" && order !== "completion") return argumentError("options.order", 'options.order must be "input" or "completion"');
  if (metadata !== undefined && !isPlainObject(metadata)) return argumentError("options.metadata", "options.metadata must be a plain object of strings");
  if (statePath !== undefined && (typeof statePath !== "string" || statePath === ""))
    return argumentError("options.statePath", "options.statePath must be a non-empty path");
  if (tempDir !== undefined && (typeof tempDir !== "string" || tempDir === ""))
    return argumentError("options.tempDir", "options.tempDir must be a non-empty path");
  if (signal !== undefined && !(signal instanceof AbortSignal)) return argumentError("options.signal", "options.signal must be an AbortSignal");
  if (onProgress !== undefined && typeof onProgress !== "function") return argumentError("options.onProgress", "options.onProgress must be a function");
  const numbers = [
    count(options, "maxRequestsPerBatch", 50_000, 1),
    count(options, "maxBytesPerBatch", 200_000_000, 1),
    count(options, "concurrency", 4, 1),
    count(options, "pollInterval", 30_000, 0),
    count(options, "maxPollInterval", 600_000, 0),
  ];
  const bad = numbers.find((value): value is OpenAIError => typeof value === "object");
  if (bad) return bad;
  const [maxRequestsPerBatch, maxBytesPerBatch, concurrency, pollInterval, maxPollInterval] = numbers as number[];
  return {
    endpoint: endpoint as BatchRunEndpoint,
    maxRequestsPerBatch: maxRequestsPerBatch!,
    maxBytesPerBatch: maxBytesPerBatch!,
    concurrency: concurrency!,
    pollInterval: pollInterval!,
    maxPollInterval: maxPollInterval!,
    order,
    metadata: metadata as Record<string, string> | undefined,
    statePath: statePath as string | undefined,
    redownload: options.redownload === true,
    tempDir: tempDir as string | undefined,
    signal: signal as AbortSignal | undefined,
    cancelOnAbort: options.cancelOnAbort === true,
    onProgress: onProgress as RunOptions["onProgress"],
  };
}

/** The config each call of the run uses: the caller's, with the run's signal added to any signal it had. */
export function callConfig(config: Config | undefined, runSignal: AbortSignal): Config {
  const own = config?.httpOptions?.signal;
  return { ...config, httpOptions: { ...config?.httpOptions, signal: own ? AbortSignal.any([own, runSignal]) : runSignal } };
}
