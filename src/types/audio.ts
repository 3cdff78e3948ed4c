/**
 * Audio (/audio/speech, /audio/transcriptions, /audio/translations).
 *
 * Overlay: the audio file of transcriptions and translations is the first argument (a `FileInput`),
 * not a params field; `AudioTextFormat` names the formats whose answer is a string, so the
 * overloads can type the result by `response_format`.
 */
import type { Flat, Schemas } from "./schema";

/**
 * Params of `audioSpeech`.
 *
 * @example
 * await audioSpeech({ model: "gpt-4o-mini-tts", input: "Hello", voice: "alloy" });
 */
export type SpeechParams = Schemas["CreateSpeechRequest"];

/** Formats whose answer is plain text (a string result). */
export type AudioTextFormat = Extract<AudioResponseFormat, "text" | "srt" | "vtt">;

/** Every transcription and translation response format. */
export type AudioResponseFormat = Schemas["AudioResponseFormat"];

/**
 * Params of `audioTranscription` (the audio file is the first argument).
 *
 * @example
 * await audioTranscription("./speech.mp3", { model: "gpt-4o-transcribe", language: "en" });
 */
export type TranscriptionParams = Flat<Omit<Schemas["CreateTranscriptionRequest"], "file">>;

/**
 * Params of `audioTranslation` (the audio file is the first argument).
 *
 * @example
 * await audioTranslation("./german.mp3", { model: "whisper-1" });
 */
export type TranslationParams = Flat<Omit<Schemas["CreateTranslationRequest"], "file">>;

/** A segment of a verbose transcription. */
export type TranscriptionSegment = Schemas["TranscriptionSegment"];

/** The `json` answer of a transcription or translation. */
export type Transcription = Schemas["CreateTranscriptionResponseJson"];

/** The `verbose_json` answer. */
export type TranscriptionVerbose = Schemas["CreateTranscriptionResponseVerboseJson"];

/** The `diarized_json` answer (speaker-labelled segments, `gpt-4o-transcribe-diarize`). */
export type TranscriptionDiarized = Schemas["CreateTranscriptionResponseDiarizedJson"];

/** Any answer of a transcription or translation: an object for JSON formats, a string for text, srt and vtt. */
export type AudioResult = Transcription | TranscriptionVerbose | TranscriptionDiarized | string;

// --- Audio streams: `audioTranscription(file, { stream: true })` and `audioSpeech({ stream_format: "sse" })`. ---

/** Turns a union of event payloads carrying `type` into the `{ event, data }` items of a named stream. */
type Named<Payload> = Payload extends { type: infer Name extends string } ? { event: Name; data: Payload } : never;

/** The stream-only param of `audioTranscription` (gpt-4o-transcribe and later models; whisper-1 does not stream). */
export interface TranscriptionStreamParams {
  stream: true;
}

/** A piece of the transcript as it is recognised (`transcript.text.delta`). */
export type TranscriptTextDeltaEvent = Schemas["TranscriptTextDeltaEvent"];

/** The whole transcript, with the usage (`transcript.text.done`). */
export type TranscriptTextDoneEvent = Schemas["TranscriptTextDoneEvent"];

/** A finished speaker segment (`transcript.text.segment`, `gpt-4o-transcribe-diarize`). */
export type TranscriptTextSegmentEvent = Schemas["TranscriptTextSegmentEvent"];

/**
 * One item of `audioTranscription(file, { stream: true })`: `{ event, data }`, a union on `event`.
 *
 * @example
 * for await (const [kind, item] of stream) if (kind === "ok" && item.event === "transcript.text.delta") process.stdout.write(item.data.delta);
 */
export type TranscriptionStreamEvent = Named<TranscriptTextDeltaEvent | TranscriptTextDoneEvent | TranscriptTextSegmentEvent>;

/** The stream-only param of `audioSpeech`: the audio comes as base64 chunks in server-sent events. */
export interface SpeechStreamParams {
  stream_format: "sse";
}

/** A chunk of the audio, base64 (`speech.audio.delta`). */
export type SpeechAudioDeltaEvent = Schemas["SpeechAudioDeltaEvent"];

/** The end of the audio, with the usage (`speech.audio.done`). */
export type SpeechAudioDoneEvent = Schemas["SpeechAudioDoneEvent"];

/**
 * One item of `audioSpeech({ stream_format: "sse" })`: `{ event, data }`, a union on `event`.
 * `speechAudio(stream)` and `saveSpeech(stream, path)` turn it into the audio bytes.
 *
 * @example
 * for await (const [kind, item] of stream) if (kind === "ok" && item.event === "speech.audio.done") console.log(item.data.usage.total_tokens);
 */
export type SpeechStreamEvent = Named<SpeechAudioDeltaEvent | SpeechAudioDoneEvent>;

/** What `saveSpeech` wrote: the absolute path and the number of audio bytes. */
export interface SavedSpeech {
  path: string;
  bytes: number;
}
