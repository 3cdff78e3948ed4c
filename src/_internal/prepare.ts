/** Everything a call checks and builds before the first byte is sent. */
import { argumentError, configError, type OpenAIError } from "../errors";
import { resolveConfig, type ResolvedConfig } from "../config";
import { checkParams, paramsAndConfig } from "./args";
import { buildHeaders } from "./headers";
import type { BodyKind } from "./response";
import { secretOf, type Secret } from "./secrets";
import { withQuery } from "./query";
import { fillPath, joinUrl } from "./url";

/** What a public function asks of the request layer. */
export interface RequestSpec {
  method: "GET" | "POST" | "DELETE" | "PUT" | "PATCH";
  /** Path relative to `apiUrl`, with `{name}` slots filled from `ids`, e.g. `/threads/{threadId}/runs`. */
  path: string;
  ids?: Record<string, unknown>;
  /** The caller's params argument (checked to be a plain object unless `send` is `none`). */
  params?: unknown;
  /** Whether `params` may be omitted. */
  paramsOptional?: boolean;
  /** For list functions that also retrieve by id: how to pass the id, said when params is a number. */
  idHint?: string;
  /**
   * How params travel: a JSON body (POST default), the query string (GET default), or `none`: the
   * function takes no params, so nothing is checked or sent (an upload's params travel in its `form`).
   */
  send?: "json" | "query" | "none";
  /** Params that travel in the query string even when the rest is a JSON body (e.g. `include`). */
  queryKeys?: readonly string[];
  /**
   * Builds a multipart body instead of JSON (uploads); may fail with a `file` error. It gets the
   * params as resolved (a config alone in the params position already moved out).
   */
  form?: (params: unknown) => Promise<FormData | OpenAIError>;
  /** The caller's config argument. */
  config?: unknown;
  /** The assistants family (assistants, threads, vector stores): send `OpenAI-Beta: assistants=v2` unless the config sets `beta`. */
  beta?: "assistants";
  /** How the 2xx response body is decoded; default `json`. Binary and text endpoints also send `Accept: * / *`. */
  decode?: BodyKind;
  /** The data returned for a 2xx with an empty body, for an endpoint that may answer with none; else that is an error. */
  emptyResult?: unknown;
}

/** A request ready to send. */
export interface Prepared {
  config: ResolvedConfig;
  url: string;
  method: RequestSpec["method"];
  headers: Record<string, string>;
  body?: string | FormData;
  /** `POST /chat/completions`: how messages name the call. */
  what: string;
  /** The call's credentials, to scrub from anything echoed back. */
  secret: Secret;
  /** The params as resolved, for an upload's `form`. */
  params: unknown;
}

/**
 * Checks arguments and config, and builds URL, headers and a JSON body. Synchronous, so the common
 * call pays no extra promise; an upload's multipart body is attached afterwards by `attachForm`.
 * Returns an error instead when any check fails.
 */
export function prepare(spec: RequestSpec): Prepared | OpenAIError {
  const { method, form } = spec;
  const [params, configArgument] = spec.paramsOptional ? paramsAndConfig(spec.params, spec.config) : [spec.params, spec.config];
  const path = fillPath(spec.path, spec.ids);
  if (typeof path !== "string") return path;
  const takesParams = spec.send !== "none";
  const problem = takesParams ? checkParams(params, !!spec.paramsOptional, spec.idHint) : undefined;
  if (problem) return problem;
  const config = resolveConfig(configArgument);
  // `models(123)`: a number where the id form takes a string.
  if ("kind" in config) return spec.idHint && typeof configArgument === "number" ? { ...config, message: `${config.message}; ${spec.idHint}` } : config;
  if (!config.apiKey && isOpenAIHost(config.apiUrl)) {
    return configError("API key is missing: pass { apiKey } in the config or set OPENAI_API_KEY");
  }
  const send = form ? "none" : (spec.send ?? (method === "POST" ? "json" : method === "GET" ? "query" : "none"));
  const [jsonParams, paramsQuery] = send === "json" && spec.queryKeys ? splitParams(params as Record<string, unknown>, spec.queryKeys) : [params, undefined];
  let body: string | undefined;
  try {
    body = send === "json" ? JSON.stringify(jsonParams ?? {}) : undefined;
  } catch (cause) {
    return argumentError("params", `params cannot be sent as JSON (${(cause as Error)?.message})`);
  }
  const kind = spec.decode ?? "json";
  const headers = buildHeaders(config, { accept: kind === "json" ? "application/json" : "*/*", json: body !== undefined, beta: spec.beta === "assistants" });
  const extraQuery = config.httpOptions.query;
  const ownQuery = send === "query" ? (params as Record<string, unknown> | undefined) : paramsQuery;
  const query = ownQuery || !isEmpty(extraQuery) ? { ...ownQuery, ...extraQuery } : undefined;
  let url: string;
  try {
    // The query string is ours (brackets for arrays), not ofetch's; a redirect's location replaces it.
    url = withQuery(joinUrl(config.apiUrl, path), query);
  } catch (cause) {
    return argumentError("params", `the query cannot be encoded (${(cause as Error)?.message})`);
  }
  return {
    config,
    url,
    method,
    headers,
    body,
    what: `${method} ${path}`,
    secret: secretOf(config),
    params,
  };
}

/** Builds an upload's multipart body (it may fail with a `file` error) and attaches it to `prepared`. */
export async function attachForm(prepared: Prepared, form: NonNullable<RequestSpec["form"]>): Promise<Prepared | OpenAIError> {
  let body: FormData | OpenAIError;
  try {
    body = await form(prepared.params);
  } catch (cause) {
    return argumentError("params", `params cannot be sent as a form (${(cause as Error)?.message})`);
  }
  if (!(body instanceof FormData)) return body;
  prepared.body = body;
  return prepared;
}

/** Moves `keys` of `params` into a query record; the rest stays for the JSON body. */
function splitParams(
  params: Record<string, unknown> | undefined,
  keys: readonly string[],
): [Record<string, unknown> | undefined, Record<string, unknown> | undefined] {
  if (!params || !keys.some((key) => params[key] !== undefined)) return [params, undefined];
  const body = { ...params };
  const query: Record<string, unknown> = {};
  for (const key of keys) {
    if (body[key] !== undefined) query[key] = body[key];
    delete body[key];
  }
  return [body, query];
}

function isEmpty(record: Record<string, unknown> | undefined): boolean {
  for (const _ in record) return false;
  return true;
}

/** Whether `apiUrl` is OpenAI's own host, where a missing key is an error. */
function isOpenAIHost(apiUrl: string): boolean {
  return new URL(apiUrl).hostname === "api.openai.com";
}
