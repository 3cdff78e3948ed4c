import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VoiceConsent, VoiceConsentModifyParams } from "../../types/voices";
import { request } from "../../_internal/request";

/**
 * Renames a voice consent (a JSON body, unlike its creation).
 *
 * @param consentId The consent, e.g. `cons_abc123`.
 * @param params `{ name }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", VoiceConsent, meta]` or `["error", e]`.
 * @example
 * const [status, consent] = await audioVoiceConsentsModify("cons_abc123", { name: "Dana Reyes (2026)" });
 * @see https://platform.openai.com/docs/api-reference/audio/updateVoiceConsent
 */
export function audioVoiceConsentsModify(consentId: string, params: VoiceConsentModifyParams, config?: Config): Promise<Result<VoiceConsent>> {
  return request({ method: "POST", path: "/audio/voice_consents/{consent_id}", ids: { consent_id: consentId }, params, config });
}
