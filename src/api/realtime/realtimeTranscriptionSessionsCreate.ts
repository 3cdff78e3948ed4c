import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RealtimeTranscriptionSession, RealtimeTranscriptionSessionCreateParams } from "../../types/realtime";
import { request } from "../../_internal/request";

/**
 * Creates a Realtime transcription session config and an ephemeral key for it.
 *
 * @param params The session: `input_audio_format`, `input_audio_transcription`, `turn_detection`, `include`, ….
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { client_secret: { value, expires_at }, … }, meta]`.
 * @example
 * const [status, session] = await realtimeTranscriptionSessionsCreate({ input_audio_transcription: { model: "gpt-4o-transcribe" } });
 * if (status === "ok") console.log(session.client_secret.value);
 * @see https://platform.openai.com/docs/api-reference/realtime-sessions/create-transcription
 */
export function realtimeTranscriptionSessionsCreate(
  params: RealtimeTranscriptionSessionCreateParams,
  config?: Config,
): Promise<Result<RealtimeTranscriptionSession>> {
  return request({ method: "POST", path: "/realtime/transcription_sessions", params, config });
}
