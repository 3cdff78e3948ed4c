import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RealtimeTranslationClientSecret, RealtimeTranslationClientSecretCreateParams } from "../../types/realtime";
import { request } from "../../_internal/request";

/**
 * Creates a short-lived client secret for a Realtime translation session.
 *
 * @param params `session` (the translation session config) and `expires_after?: { anchor, seconds }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { value, expires_at, session }, meta]`.
 * @example
 * const [status, secret] = await realtimeTranslationClientSecretsCreate({ session: { model: "gpt-realtime-translate" } });
 * if (status === "ok") sendToBrowser(secret.value);
 * @see https://platform.openai.com/docs/api-reference/realtime-translations/create-client-secret
 */
export function realtimeTranslationClientSecretsCreate(
  params: RealtimeTranslationClientSecretCreateParams,
  config?: Config,
): Promise<Result<RealtimeTranslationClientSecret>> {
  return request({ method: "POST", path: "/realtime/translations/client_secrets", params, config });
}
