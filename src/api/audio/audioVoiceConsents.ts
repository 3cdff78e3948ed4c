import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VoiceConsent, VoiceConsentList, VoiceConsentListParams } from "../../types/voices";
import { request } from "../../_internal/request";

/**
 * Lists your voice consents, or retrieves one when given its id.
 *
 * @param params `{ after?, limit? }` to page through the list (pass `{}` with a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: VoiceConsent[], first_id, last_id, has_more }, meta]`, or `["ok", consent, meta]` for an id.
 * @example
 * const [status, page] = await audioVoiceConsents({ limit: 10 });
 * const [, consent] = await audioVoiceConsents("cons_abc123");
 * @see https://platform.openai.com/docs/api-reference/audio/listVoiceConsents
 */
export function audioVoiceConsents(params?: VoiceConsentListParams | Config, config?: Config): Promise<Result<VoiceConsentList>>;
/**
 * Retrieves a voice consent.
 *
 * @param consentId The consent, e.g. `cons_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", VoiceConsent, meta]` or `["error", e]`.
 * @example
 * const [status, consent] = await audioVoiceConsents("cons_abc123");
 * @see https://platform.openai.com/docs/api-reference/audio/getVoiceConsent
 */
export function audioVoiceConsents(consentId: string, config?: Config): Promise<Result<VoiceConsent>>;
export function audioVoiceConsents(first?: string | VoiceConsentListParams | Config, config?: Config): Promise<Result<VoiceConsentList | VoiceConsent>> {
  if (typeof first === "string")
    return request({ method: "GET", path: "/audio/voice_consents/{consent_id}", ids: { consent_id: first }, send: "none", config });
  return request({ method: "GET", path: "/audio/voice_consents", params: first, paramsOptional: true, config });
}
