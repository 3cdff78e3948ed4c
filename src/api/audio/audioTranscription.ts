import type { Config } from "../../config";
import type { Result } from "../../result";
import type { AudioResult, AudioTextFormat, TranscriptionParams, Transcription, TranscriptionVerbose } from "../../types/audio";
import type { FileInput } from "../../types/files";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";

/**
 * Transcribes audio into the input language.
 *
 * @param file The audio: a path, `file:` URL, Blob, File, bytes or `{ data, filename }` (mp3, mp4, mpeg, mpga, m4a, wav, webm…).
 * @param params `model` (plus `prompt`, `response_format`, `temperature`…).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { text }, meta]` for `json` (the default) and `verbose_json`; `["ok", string, meta]` for `text`, `srt` and `vtt`.
 * @example
 * const [status, result] = await audioTranscription("./blade_runner.mp3", { model: "whisper-1" });
 * if (status === "ok") console.log(result.text);
 * const [, subtitles] = await audioTranscription("./blade_runner.mp3", { model: "whisper-1", response_format: "srt" });
 * @see https://platform.openai.com/docs/api-reference/audio/createTranscription
 */
export function audioTranscription(
  file: FileInput,
  params: TranscriptionParams & { response_format: AudioTextFormat },
  config?: Config,
): Promise<Result<string>>;
export function audioTranscription(
  file: FileInput,
  params: TranscriptionParams & { response_format: "verbose_json" },
  config?: Config,
): Promise<Result<TranscriptionVerbose>>;
export function audioTranscription(
  file: FileInput,
  params: TranscriptionParams & { response_format?: "json" },
  config?: Config,
): Promise<Result<Transcription>>;
export function audioTranscription(file: FileInput, params: TranscriptionParams, config?: Config): Promise<Result<AudioResult>>;
export function audioTranscription(file: FileInput, params: TranscriptionParams, config?: Config): Promise<Result<AudioResult>> {
  // "auto": JSON formats come back as objects, text/srt/vtt as strings.
  return request({
    method: "POST",
    path: "/audio/transcriptions",
    params,
    form: () => uploadForm(params, [["file", file, "file", true]]),
    config,
    decode: "auto",
  });
}
