import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FileInput } from "../../types/files";
import type { VoiceConsent, VoiceConsentCreateParams } from "../../types/voices";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";

/**
 * Records a speaker's consent to have a custom voice made from their audio (multipart upload).
 *
 * @param recording The speaker reading the consent statement: a path, `file:` URL, Blob, File, bytes or `{ data, filename }`; sent as `recording`.
 * @param params `name` and `language` (e.g. `en-US`) of the recording.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "audio.voice_consent", id, name, language, created_at }, meta]`, or a `file` error (nothing sent).
 * @example
 * const [status, consent] = await audioVoiceConsentsCreate("./consent.wav", { name: "Dana Reyes", language: "en-US" });
 * if (status === "ok") console.log(consent.id);
 * @see https://platform.openai.com/docs/api-reference/audio/createVoiceConsent
 */
export function audioVoiceConsentsCreate(recording: FileInput, params: VoiceConsentCreateParams, config?: Config): Promise<Result<VoiceConsent>> {
  return request({ method: "POST", path: "/audio/voice_consents", params, form: () => uploadForm(params, [["recording", recording, "recording"]]), config });
}
