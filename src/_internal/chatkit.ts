/**
 * ChatKit's beta header. The API refuses `/chatkit` calls without `OpenAI-Beta: chatkit_beta=v1`;
 * the spec copies do not list it. It travels as the call's `beta` config, so a per-call `beta` still
 * wins, while a global one (set for the assistants family) does not reach ChatKit. Kept out of
 * `prepare`, so that bundles without ChatKit do not carry it.
 */
import type { Result } from "../result";
import { isPlainObject, paramsAndConfig } from "./args";
import type { RequestSpec } from "./prepare";
import { request } from "./request";

const CHATKIT_BETA = "chatkit_beta=v1";

/**
 * `request` for the ChatKit family: the config alone in the params position is told apart first (the
 * one rule `prepare` applies), then the call's config gets ChatKit's beta value unless it sets its own.
 *
 * @example
 * return chatkitRequest({ method: "GET", path: "/chatkit/threads", params, paramsOptional: true, config });
 */
export function chatkitRequest<T>(spec: RequestSpec): Promise<Result<T>> {
  const [params, config] = spec.paramsOptional ? paramsAndConfig(spec.params, spec.config) : [spec.params, spec.config];
  return request<T>({ ...spec, params, config: withChatkitBeta(config) });
}

/** Anything but a plain object (or absent) is returned as it is, for the config checks to judge. */
function withChatkitBeta(config: unknown): unknown {
  try {
    if (config === undefined) return { beta: CHATKIT_BETA };
    return isPlainObject(config) && config.beta === undefined ? { ...config, beta: CHATKIT_BETA } : config;
  } catch {
    return config;
  }
}
