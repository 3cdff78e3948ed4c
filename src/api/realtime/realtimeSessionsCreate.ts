import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RealtimeSession, RealtimeSessionCreateParams } from "../../types/realtime";
import { request } from "../../_internal/request";

/**
 * Creates a Realtime session config and an ephemeral key for it (the beta-era form of `realtimeClientSecretsCreate`).
 *
 * @param params The session: `model`, `voice`, `instructions`, `modalities`, tools, turn detection, ….
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { client_secret: { value, expires_at }, … }, meta]`.
 * @example
 * const [status, session] = await realtimeSessionsCreate({ model: "gpt-realtime", voice: "alloy" });
 * if (status === "ok") console.log(session.client_secret.value);
 * @see https://platform.openai.com/docs/api-reference/realtime-sessions/create
 */
export function realtimeSessionsCreate(params: RealtimeSessionCreateParams, config?: Config): Promise<Result<RealtimeSession>> {
  return request({ method: "POST", path: "/realtime/sessions", params, config });
}
