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
