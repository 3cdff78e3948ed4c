import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { SpeechParams, SpeechStreamEvent, SpeechStreamParams } from "../../types/audio";
import { paramIs, requestOrStream } from "../../_internal/stream";

/**
 * Generates spoken audio from text, streamed as server-sent events (gpt-4o-mini-tts and later models).
 *
 * @param params `model`, `input`, `voice` and `stream_format: "sse"` (plus `response_format`, `instructions`…).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", EventStream<SpeechStreamEvent>, meta]` once the headers arrive, items `{ event, data }`
 *   (`speech.audio.delta` with base64 `audio`, then `speech.audio.done` with the usage); or `["error", e]`.
 *   `speechAudio(stream)` yields the decoded bytes chunk by chunk, `saveSpeech(stream, path)` writes them to a file.
 * @example
 * const [status, stream] = await audioSpeech({ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hello", stream_format: "sse" });
 * if (status === "ok") console.log(await saveSpeech(stream, "./hello.mp3"));
 * @see https://platform.openai.com/docs/api-reference/audio/speech-audio-delta-event
 */
export function audioSpeech(params: SpeechParams & SpeechStreamParams, config?: Config): Promise<Result<EventStream<SpeechStreamEvent>>>;
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
export function audioSpeech(params: SpeechParams & { stream_format?: "audio" }, config?: Config): Promise<Result<Uint8Array>>;
/**
 * Generates spoken audio from text, as bytes or as a stream, as the run-time `stream_format` says.
 *
 * @param params `model`, `input`, `voice` and a `stream_format` known only at run time.
 * @param config Per-call config, merged over the defaults.
 * @returns The bytes, or an `EventStream` when `stream_format` is `"sse"`.
 * @example
 * const [status, audio] = await audioSpeech({ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hi", stream_format: format });
 */
export function audioSpeech(
  params: SpeechParams & { stream_format: "sse" | "audio" },
  config?: Config,
): Promise<Result<Uint8Array | EventStream<SpeechStreamEvent>>>;
export function audioSpeech(params: SpeechParams, config?: Config): Promise<Result<Uint8Array>>;
export function audioSpeech(params: SpeechParams, config?: Config): Promise<Result<Uint8Array | EventStream<SpeechStreamEvent>>> {
  // Both forms send `Accept: */*` (decode "bytes"): the endpoint answers audio or event-stream, never JSON.
  const spec = { method: "POST", path: "/audio/speech", params, config, decode: "bytes" } as const;
  return requestOrStream<Uint8Array, SpeechStreamEvent>(spec, "named", paramIs(params, "stream_format", "sse"));
}
