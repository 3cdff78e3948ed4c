import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type {
  AudioResult,
  AudioTextFormat,
  TranscriptionParams,
  Transcription,
  TranscriptionStreamEvent,
  TranscriptionStreamParams,
  TranscriptionVerbose,
} from "../../types/audio";
import type { FileInput } from "../../types/files";
import { uploadForm } from "../../_internal/multipart";
import { requestOrStream } from "../../_internal/stream";

/**
 * Transcribes audio, streamed (gpt-4o-transcribe and later models): the text as it is recognised.
 *
 * @param file The audio, as in the non-stream form.
 * @param params `model` and `stream: true` (plus `language`, `prompt`, `include: ["logprobs"]`…), sent as form fields (`stream=true`).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", EventStream<TranscriptionStreamEvent>, meta]` once the headers arrive, items `{ event, data }`
 *   (`transcript.text.delta`, `transcript.text.segment`, `transcript.text.done`); or `["error", e]`.
 * @example
 * const [status, stream] = await audioTranscription("./meeting.mp3", { model: "gpt-4o-mini-transcribe", stream: true });
 * if (status === "ok") for await (const [kind, item] of stream) if (kind === "ok" && item.event === "transcript.text.delta") process.stdout.write(item.data.delta);
 * @see https://platform.openai.com/docs/api-reference/audio/transcript-text-delta-event
 */
export function audioTranscription(
  file: FileInput,
  params: TranscriptionParams & TranscriptionStreamParams,
  config?: Config,
): Promise<Result<EventStream<TranscriptionStreamEvent>>>;
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
  params: TranscriptionParams & { response_format: AudioTextFormat; stream?: false | null },
  config?: Config,
): Promise<Result<string>>;
export function audioTranscription(
  file: FileInput,
  params: TranscriptionParams & { response_format: "verbose_json"; stream?: false | null },
  config?: Config,
): Promise<Result<TranscriptionVerbose>>;
export function audioTranscription(
  file: FileInput,
  params: TranscriptionParams & { response_format?: "json"; stream?: false | null },
  config?: Config,
): Promise<Result<Transcription>>;
/**
 * Transcribes audio, streamed or not as the run-time `stream` flag says.
 *
 * @param file The audio.
 * @param params `model` and a `stream` flag known only at run time.
 * @param config Per-call config, merged over the defaults.
 * @returns The answer, or an `EventStream` when `stream` is `true`.
 * @example
 * const [status, result] = await audioTranscription("./a.mp3", { model: "gpt-4o-transcribe", stream: live });
 */
export function audioTranscription(
  file: FileInput,
  params: TranscriptionParams & { stream: boolean },
  config?: Config,
): Promise<Result<AudioResult | EventStream<TranscriptionStreamEvent>>>;
export function audioTranscription(file: FileInput, params: TranscriptionParams, config?: Config): Promise<Result<AudioResult>>;
export function audioTranscription(
  file: FileInput,
  params: TranscriptionParams,
  config?: Config,
): Promise<Result<AudioResult | EventStream<TranscriptionStreamEvent>>> {
  // "auto": JSON formats come back as objects, text/srt/vtt as strings (and `Accept: */*` lets the server pick, SSE included).
  const form = (fields: unknown) => uploadForm(fields, [["file", file, "file", true]]);
  return requestOrStream<AudioResult, TranscriptionStreamEvent>(
    { method: "POST", path: "/audio/transcriptions", params, form, config, decode: "auto" },
    "named",
  );
}
