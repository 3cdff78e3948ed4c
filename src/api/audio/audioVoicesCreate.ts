import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FileInput } from "../../types/files";
import type { Voice, VoiceCreateParams } from "../../types/voices";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";

/**
 * Creates a custom voice from an audio sample of a speaker who recorded a consent (multipart upload).
 *
 * @param audioSample The sample: a path, `file:` URL, Blob, File, bytes or `{ data, filename }`; sent as `audio_sample`.
 * @param params `name` and `consent` (the id of a voice consent, from `audioVoiceConsentsCreate`).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "audio.voice", id, name, created_at }, meta]`, or a `file` error (nothing sent) for an unreadable path.
 * @example
 * const [status, voice] = await audioVoicesCreate("./narrator.wav", { name: "Narrator", consent: "cons_abc123" });
 * if (status === "ok") console.log(voice.id);
 * @see https://platform.openai.com/docs/api-reference/audio/createVoice
 */
export function audioVoicesCreate(audioSample: FileInput, params: VoiceCreateParams, config?: Config): Promise<Result<Voice>> {
  return request({ method: "POST", path: "/audio/voices", params, form: () => uploadForm(params, [["audio_sample", audioSample, "audioSample"]]), config });
}
