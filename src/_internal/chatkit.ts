/**
 * ChatKit's beta header. The API refuses `/chatkit` calls without `OpenAI-Beta: chatkit_beta=v1`;
 * the spec copies do not list it. `prepare` applies it (RequestSpec `beta: "chatkit"`) as the call's
 * `beta` config, so a per-call `beta` still wins, while a global one (set for the assistants family)
 * does not reach ChatKit.
 */
import { isPlainObject } from "./args";

const CHATKIT_BETA = "chatkit_beta=v1";

/**
 * The call's config with ChatKit's beta value unless it sets its own; anything but a plain object
 * (or absent) is returned as it is, for the config checks to judge.
 *
 * @example
 * const config = resolveConfig(chatkitConfig(callConfig));
 */
export function chatkitConfig(config: unknown): unknown {
  try {
    if (config === undefined) return { beta: CHATKIT_BETA };
    return isPlainObject(config) && config.beta === undefined ? { ...config, beta: CHATKIT_BETA } : config;
  } catch {
    return config;
  }
}
