import type { Config } from "../../config";
import type { Result } from "../../result";
import type { AudioResult, AudioTextFormat, TranslationParams, Transcription, TranscriptionVerbose } from "../../types/audio";
import type { FileInput } from "../../types/files";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";

/**
 * Translates audio into English.
 *
 * @param file The audio: a path, `file:` URL, Blob, File, bytes or `{ data, filename }` (mp3, mp4, mpeg, mpga, m4a, wav, webm…).
 * @param params `model` (plus `prompt`, `response_format`, `temperature`…).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { text }, meta]` for `json` (the default) and `verbose_json`; `["ok", string, meta]` for `text`, `srt` and `vtt`.
 * @example
 * const [status, result] = await audioTranslation("./werner_herzog_interview.mp3", { model: "whisper-1" });
 * if (status === "ok") console.log(result.text);
 * const [, subtitles] = await audioTranslation("./werner_herzog_interview.mp3", { model: "whisper-1", response_format: "srt" });
 * @see https://platform.openai.com/docs/api-reference/audio/createTranslation
 */
export function audioTranslation(file: FileInput, params: TranslationParams & { response_format: AudioTextFormat }, config?: Config): Promise<Result<string>>;
export function audioTranslation(
  file: FileInput,
  params: TranslationParams & { response_format: "verbose_json" },
  config?: Config,
): Promise<Result<TranscriptionVerbose>>;
export function audioTranslation(file: FileInput, params: TranslationParams & { response_format?: "json" }, config?: Config): Promise<Result<Transcription>>;
export function audioTranslation(file: FileInput, params: TranslationParams, config?: Config): Promise<Result<AudioResult>>;
export function audioTranslation(file: FileInput, params: TranslationParams, config?: Config): Promise<Result<AudioResult>> {
  // "auto": JSON formats come back as objects, text/srt/vtt as strings.
  return request({
    method: "POST",
    path: "/audio/translations",
    params,
    form: () => uploadForm(params, [["file", file, "file", true]]),
    config,
    decode: "auto",
  });
}
