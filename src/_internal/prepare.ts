/** Everything a call checks and builds before the first byte is sent. */
import { argumentError, configError, type OpenAIError } from "../errors";
import { resolveConfig, type ResolvedConfig } from "../config";
import { checkParams } from "./args";
import { buildHeaders } from "./headers";
import type { BodyKind } from "./response";
import { secretOf, type Secret } from "./secrets";
import { fillPath, joinUrl } from "./url";

/** What a public function asks of the request layer. */
export interface RequestSpec {
  method: "GET" | "POST" | "DELETE";
  /** Path relative to `apiUrl`, with `{name}` slots filled from `ids`, e.g. `/threads/{threadId}/runs`. */
  path: string;
  ids?: Record<string, unknown>;
  /** The caller's params argument. */
  params?: unknown;
  /** Whether `params` may be omitted. */
  paramsOptional?: boolean;
  /** How params travel: a JSON body (POST default), the query string (GET default), or not at all. */
  send?: "json" | "query" | "none";
  /** Builds a multipart body instead of JSON (uploads); may fail with a `file` error. */
  form?: () => Promise<FormData | OpenAIError>;
  /** The caller's config argument. */
  config?: unknown;
  /** The assistants family: send `OpenAI-Beta: assistants=v2` unless `beta` is configured. */
  beta?: boolean;
  /** How a 2xx body is decoded; default `json`. Binary and text endpoints also send `Accept: * / *`. */
  body?: BodyKind;
  /** The data returned for a 2xx with an empty body (when the endpoint may answer with none). */
  emptyBody?: unknown;
}

/** A request ready to send. */
export interface Prepared {
  config: ResolvedConfig;
  url: string;
  method: RequestSpec["method"];
  headers: Record<string, string>;
  query?: Record<string, unknown>;
  body?: string | FormData;
  /** `POST /chat/completions`: how messages name the call. */
  what: string;
  /** The call's credentials, to scrub from anything echoed back. */
  secret: Secret;
}

/** Checks arguments and config, and builds URL, headers and body. Returns an error instead when any fails. */
export async function prepare(spec: RequestSpec): Promise<Prepared | OpenAIError> {
  const { method, params, form } = spec;
  const path = fillPath(spec.path, spec.ids);
  if (typeof path !== "string") return path;
  // Functions without a params argument leave `params` out of the spec entirely.
  const takesParams = "params" in spec;
  const problem = takesParams ? checkParams(params, !!spec.paramsOptional) : undefined;
  if (problem) return problem;
  const config = resolveConfig(spec.config);
  if ("kind" in config) return config;
  if (!config.apiKey && new URL(config.apiUrl).hostname === "api.openai.com") {
    return configError("API key is missing: pass { apiKey } in the config or set OPENAI_API_KEY");
  }
  const send = !takesParams || form ? "none" : (spec.send ?? (method === "POST" ? "json" : method === "GET" ? "query" : "none"));
  let body: string | FormData | OpenAIError | undefined;
  try {
    body = form ? await form() : send === "json" ? JSON.stringify(params ?? {}) : undefined;
  } catch (cause) {
    return argumentError("params", `params cannot be sent as JSON (${(cause as Error)?.message})`);
  }
  if (typeof body === "object" && !(body instanceof FormData)) return body;
  const kind = spec.body ?? "json";
  const headers = buildHeaders(config, { accept: kind === "json" ? "application/json" : "*/*", json: typeof body === "string", beta: !!spec.beta });
  const query = { ...(send === "query" ? (params as Record<string, unknown>) : undefined), ...config.httpOptions.query };
  return { config, url: joinUrl(config.apiUrl, path), method, headers, query: Object.keys(query).length ? query : undefined, body, what: `${method} ${path}`, secret: secretOf(config) };
}
