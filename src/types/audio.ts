/** Audio (/audio/speech, /audio/transcriptions, /audio/translations). */

/** Params of `audioSpeech`. */
export interface SpeechParams {
  /** `tts-1`, `tts-1-hd` or `gpt-4o-mini-tts`. */
  model: string;
  input: string;
  /** `alloy`, `echo`, `fable`, `onyx`, `nova`, `shimmer`, … */
  voice: string | { id: string };
  instructions?: string;
  response_format?: "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm";
  speed?: number;
  stream_format?: "sse" | "audio";
}

/** Formats whose answer is plain text (a string result). */
export type AudioTextFormat = "text" | "srt" | "vtt";

/** Every transcription and translation response format. */
export type AudioResponseFormat = "json" | "verbose_json" | "diarized_json" | AudioTextFormat;

/** Params of `audioTranscription` (the audio file is the first argument). */
export interface TranscriptionParams {
  /** `whisper-1`, `gpt-4o-transcribe`, … */
  model: string;
  language?: string;
  prompt?: string;
  response_format?: AudioResponseFormat;
  temperature?: number;
  /** Sent as repeated `timestamp_granularities[]` fields. */
  timestamp_granularities?: Array<"word" | "segment">;
  include?: Array<"logprobs">;
  chunking_strategy?: "auto" | { type: "server_vad"; prefix_padding_ms?: number; silence_duration_ms?: number; threshold?: number } | null;
}

/** Params of `audioTranslation` (the audio file is the first argument). */
export interface TranslationParams {
  model: string;
  prompt?: string;
  response_format?: AudioResponseFormat;
  temperature?: number;
}

/** A segment of a verbose transcription. */
export interface TranscriptionSegment {
  id: number;
  seek: number;
  start: number;
  end: number;
  text: string;
  tokens: number[];
  temperature: number;
  avg_logprob: number;
  compression_ratio: number;
  no_speech_prob: number;
}

/** The `json` answer of a transcription or translation. */
export interface Transcription {
  text: string;
  logprobs?: Array<{ token: string; logprob: number; bytes: number[] }>;
  usage?: { type: "tokens" | "duration"; [key: string]: unknown };
}

/** The `verbose_json` answer. */
export interface TranscriptionVerbose {
  language: string;
  duration: number;
  text: string;
  words?: Array<{ word: string; start: number; end: number }>;
  segments?: TranscriptionSegment[];
  usage?: { type: "duration"; seconds: number };
}

/** Any answer of a transcription or translation: an object for JSON formats, a string for text, srt and vtt. */
export type AudioResult = Transcription | TranscriptionVerbose | string;
