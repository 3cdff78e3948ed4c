import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RealtimeClientSecret, RealtimeClientSecretCreateParams } from "../../types/realtime";
import { request } from "../../_internal/request";

/**
 * Creates a short-lived client secret that a browser or phone uses to open a Realtime session without your API key.
 *
 * @param params `session` (a realtime or transcription session config) and `expires_after?: { anchor, seconds }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { value, expires_at, session }, meta]`.
 * @example
 * const [status, secret] = await realtimeClientSecretsCreate({ session: { type: "realtime", model: "gpt-realtime" } });
 * if (status === "ok") sendToBrowser(secret.value);
 * @see https://platform.openai.com/docs/api-reference/realtime-sessions/create-realtime-client-secret
 */
export function realtimeClientSecretsCreate(params: RealtimeClientSecretCreateParams, config?: Config): Promise<Result<RealtimeClientSecret>> {
  return request({ method: "POST", path: "/realtime/client_secrets", params, config });
}
