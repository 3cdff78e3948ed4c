import { describe, expectTypeOf, it } from "vitest";
import {
  audioSpeech,
  audioTranscription,
  saveSpeech,
  speechAudio,
  type AudioResult,
  type EventStream,
  type Result,
  type SavedSpeech,
  type SpeechAudioDeltaEvent,
  type SpeechAudioDoneEvent,
  type SpeechParams,
  type SpeechStreamEvent,
  type StreamItem,
  type Transcription,
  type TranscriptionParams,
  type TranscriptionStreamEvent,
  type TranscriptionVerbose,
  type TranscriptTextDeltaEvent,
  type TranscriptTextDoneEvent,
  type TranscriptTextSegmentEvent,
} from "../../src/index";

declare const flag: boolean;
declare const format: "sse" | "audio";
const speak = { model: "gpt-4o-mini-tts", input: "x", voice: "alloy" } as const;

describe("audioTranscription overloads follow the stream flag", () => {
  it("stream: true gives an EventStream of transcript events", () => {
    expectTypeOf(audioTranscription("a.mp3", { model: "gpt-4o-transcribe", stream: true })).toEqualTypeOf<
      Promise<Result<EventStream<TranscriptionStreamEvent>>>
    >();
  });
  it("the non-stream forms keep their types, with stream false, null or absent", () => {
    expectTypeOf(audioTranscription("a.mp3", { model: "whisper-1" })).toEqualTypeOf<Promise<Result<Transcription>>>();
    expectTypeOf(audioTranscription("a.mp3", { model: "whisper-1", stream: false })).toEqualTypeOf<Promise<Result<Transcription>>>();
    expectTypeOf(audioTranscription("a.mp3", { model: "whisper-1", stream: null, response_format: "srt" })).toEqualTypeOf<Promise<Result<string>>>();
    expectTypeOf(audioTranscription("a.mp3", { model: "whisper-1", response_format: "verbose_json" })).toEqualTypeOf<Promise<Result<TranscriptionVerbose>>>();
    expectTypeOf(audioTranscription("a.mp3", {} as TranscriptionParams)).toEqualTypeOf<Promise<Result<AudioResult>>>();
  });
  it("a run-time boolean gives either", () => {
    expectTypeOf(audioTranscription("a.mp3", { model: "gpt-4o-transcribe", stream: flag })).toEqualTypeOf<
      Promise<Result<AudioResult | EventStream<TranscriptionStreamEvent>>>
    >();
  });
  it("items are a union on event, each with the spec's schema as data", () => {
    expectTypeOf<TranscriptionStreamEvent>().toEqualTypeOf<
      | { event: "transcript.text.delta"; data: TranscriptTextDeltaEvent }
      | { event: "transcript.text.done"; data: TranscriptTextDoneEvent }
      | { event: "transcript.text.segment"; data: TranscriptTextSegmentEvent }
    >();
    expectTypeOf<TranscriptTextDeltaEvent["delta"]>().toEqualTypeOf<string>();
    expectTypeOf<TranscriptTextDoneEvent["text"]>().toEqualTypeOf<string>();
  });
  it("stream: true with a whisper-style text format is still a stream (the flag decides)", () => {
    // @ts-expect-error the spec's `stream` is a boolean, not a string
    void audioTranscription("a.mp3", { model: "gpt-4o-transcribe", stream: "true" });
  });
});

describe("audioSpeech overloads follow stream_format", () => {
  it('stream_format: "sse" gives an EventStream of speech events', () => {
    expectTypeOf(audioSpeech({ ...speak, stream_format: "sse" })).toEqualTypeOf<Promise<Result<EventStream<SpeechStreamEvent>>>>();
  });
  it('absent or "audio" keeps the bytes', () => {
    expectTypeOf(audioSpeech(speak)).toEqualTypeOf<Promise<Result<Uint8Array>>>();
    expectTypeOf(audioSpeech({ ...speak, stream_format: "audio" })).toEqualTypeOf<Promise<Result<Uint8Array>>>();
    expectTypeOf(audioSpeech({} as SpeechParams)).toEqualTypeOf<Promise<Result<Uint8Array>>>();
  });
  it("a run-time format gives either", () => {
    expectTypeOf(audioSpeech({ ...speak, stream_format: format })).toEqualTypeOf<Promise<Result<Uint8Array | EventStream<SpeechStreamEvent>>>>();
  });
  it("items are a union on event", () => {
    expectTypeOf<SpeechStreamEvent>().toEqualTypeOf<
      { event: "speech.audio.delta"; data: SpeechAudioDeltaEvent } | { event: "speech.audio.done"; data: SpeechAudioDoneEvent }
    >();
    expectTypeOf<SpeechAudioDoneEvent["usage"]["total_tokens"]>().toEqualTypeOf<number>();
  });
});

describe("speech helpers", () => {
  it("speechAudio yields byte items, saveSpeech resolves to a Result of the saved file", () => {
    expectTypeOf(speechAudio).parameter(0).toEqualTypeOf<EventStream<SpeechStreamEvent>>();
    expectTypeOf(speechAudio({} as EventStream<SpeechStreamEvent>)).toEqualTypeOf<AsyncGenerator<StreamItem<Uint8Array>, void, undefined>>();
    expectTypeOf(saveSpeech({} as EventStream<SpeechStreamEvent>, "a.mp3")).toEqualTypeOf<Promise<Result<SavedSpeech>>>();
  });
  it("a transcription stream is not a speech stream", () => {
    // @ts-expect-error the items differ
    void speechAudio({} as EventStream<TranscriptionStreamEvent>);
  });
});
