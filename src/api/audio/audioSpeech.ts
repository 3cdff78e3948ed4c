import type { Config } from "../../config";
import type { Result } from "../../result";
import type { SpeechParams } from "../../types/audio";
import { request } from "../../_internal/request";

/**
 * Generates spoken audio from text.
 *
 * @param params `model`, `input` and `voice` (plus `response_format`, `speed`…).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Uint8Array, meta]` (the audio bytes, mp3 by default) or `["error", e]`.
 * @example
 * const [status, audio] = await audioSpeech({ model: "tts-1", voice: "alloy", input: "Did you ever take that test yourself?" });
 * if (status === "ok") await writeFile("speech.mp3", audio);
 * @see https://platform.openai.com/docs/api-reference/audio/createSpeech
 */
export function audioSpeech(params: SpeechParams, config?: Config): Promise<Result<Uint8Array>> {
  return request({ method: "POST", path: "/audio/speech", params, config, decode: "bytes" });
}
