import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VoiceConsentDeleted } from "../../types/voices";
import { request } from "../../_internal/request";

/**
 * Deletes a voice consent.
 *
 * @param consentId The consent, e.g. `cons_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "audio.voice_consent", deleted: true }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await audioVoiceConsentsDelete("cons_abc123");
 * @see https://platform.openai.com/docs/api-reference/audio/deleteVoiceConsent
 */
export function audioVoiceConsentsDelete(consentId: string, config?: Config): Promise<Result<VoiceConsentDeleted>> {
  return request({ method: "DELETE", path: "/audio/voice_consents/{consent_id}", ids: { consent_id: consentId }, send: "none", config });
}
