import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  audioSpeech,
  audioTranscription,
  audioTranslation,
  type Config,
  type EventStream,
  type SpeechStreamEvent,
  type StreamItem,
  type TranscriptionStreamEvent,
} from "../../src/index";
import transcription from "../../fixtures/transcription.json";
import { hangingServer } from "../_helpers/hangingServer";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");
const SPEECH_SSE = fixture("audio_speech_stream.sse");
const TRANSCRIPT_SSE = fixture("audio_transcription_stream.sse");
/** The fixture's frames, and the `{ event, data }` items they must give (the payload's `type` names the event). */
const frames = (sse: string) => sse.split(/(?<=\n\n)/);
const itemsOf = (sse: string) =>
  frames(sse).map((frame) => {
    const data = JSON.parse(frame.slice("data: ".length)) as { type: string };
    return ["ok", { event: data.type, data }] as const;
  });
const AUDIO = { data: new Uint8Array([0xff, 0xfb, 0x90, 0x00, 1, 2, 3, 4]), filename: "meeting.mp3" };
const transcribe = { model: "gpt-4o-mini-transcribe", language: "en", stream: true as const };
const speak = { model: "gpt-4o-mini-tts", input: "I've seen things you people wouldn't believe.", voice: "alloy" as const, stream_format: "sse" as const };

async function items<T>(stream: EventStream<T>): Promise<Array<StreamItem<T>>> {
  const seen: Array<StreamItem<T>> = [];
  for await (const item of stream) seen.push(item);
  return seen;
}

function opened<T>(result: readonly [string, unknown, ...unknown[]]): EventStream<T> {
  if (result[0] !== "ok") throw new Error(`unexpected error tuple: ${JSON.stringify(result[1])}`);
  return result[1] as EventStream<T>;
}

/**
 * A loopback server that sends the first frame of `sse` and never ends, reporting when the client
 * closes the connection (the mock server hides its sockets; this one is the abort test's witness).
 */
describe("audioTranscription(file, { stream: true })", () => {
  const ROUTE = "POST /audio/transcriptions";
  const open = async (extra: Config = {}) => opened<TranscriptionStreamEvent>(await audioTranscription(AUDIO, transcribe, mock.config(extra)));

  it("yields the fixture's deltas then the done event, typed by event, and sends stream=true in the multipart form", async () => {
    const seen = await items(await open());
    expect(seen).toEqual(itemsOf(TRANSCRIPT_SSE));
    expect(seen.map(([, item]) => (item as TranscriptionStreamEvent).event)).toEqual([...Array(7).fill("transcript.text.delta"), "transcript.text.done"]);
    const text = seen.map(([, item]) => (item as TranscriptionStreamEvent).data).flatMap((data) => (data.type === "transcript.text.delta" ? [data.delta] : []));
    expect(text.join("")).toBe(transcription.text);
    expect(seen.at(-1)).toEqual([
      "ok",
      { event: "transcript.text.done", data: expect.objectContaining({ text: transcription.text, usage: expect.objectContaining({ total_tokens: 55 }) }) },
    ]);
    const request = mock.server.lastRequest();
    expect(request).toMatchObject({ method: "POST", path: "/audio/transcriptions" });
    expect(request?.multipart?.fields).toEqual({ model: "gpt-4o-mini-transcribe", language: "en", stream: "true" });
    expect(request?.multipart?.files).toEqual([
      expect.objectContaining({ field: "file", filename: "meeting.mp3", contentType: "audio/mpeg", data: AUDIO.data, size: 8 }),
    ]);
  });

  it("the mock's stream is the fixture, byte for byte", async () => {
    const form = new FormData();
    form.set("file", new Blob([AUDIO.data]), "meeting.mp3");
    form.set("model", "gpt-4o-mini-transcribe");
    form.set("stream", "true");
    const response = await fetch(`${mock.server.url}/audio/transcriptions`, { method: "POST", headers: { authorization: `Bearer ${TEST_KEY}` }, body: form });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(await response.text()).toBe(TRANSCRIPT_SSE);
  });

  it("names events by the `event:` line when the server sends one, and types the segment event", async () => {
    const segment = { type: "transcript.text.segment", id: "seg_0", start: 0, end: 1.5, text: "I've seen", speaker: "A" };
    mock.server.on(ROUTE, { sse: [`event: transcript.text.segment\ndata: ${JSON.stringify(segment)}\n\n`, frames(TRANSCRIPT_SSE).at(-1)!] });
    const seen = await items(await open());
    expect(seen[0]).toEqual(["ok", { event: "transcript.text.segment", data: segment }]);
    const [, first] = seen[0]!;
    if (typeof first === "object" && "event" in first && first.event === "transcript.text.segment") expect(first.data.speaker).toBe("A");
    expect(seen).toHaveLength(2);
  });

  it("without stream (or stream: false) still returns the JSON transcript", async () => {
    expect(await audioTranscription(AUDIO, { model: "gpt-4o-mini-transcribe" }, mock.config())).toEqual(["ok", transcription, expect.anything()]);
    expect(await audioTranscription(AUDIO, { model: "gpt-4o-mini-transcribe", stream: false }, mock.config())).toEqual([
      "ok",
      transcription,
      expect.anything(),
    ]);
    expect(mock.server.lastRequest()?.multipart?.fields).toEqual({ model: "gpt-4o-mini-transcribe", stream: "false" });
  });

  it("a server that ignores stream (whisper-1) and answers JSON ends the stream with one parse error", async () => {
    const seen = await items(opened<TranscriptionStreamEvent>(await audioTranscription(AUDIO, { model: "whisper-1", stream: true }, mock.config())));
    expect(seen).toEqual([["error", expect.objectContaining({ kind: "parse", message: expect.stringContaining("expected an event stream") })]]);
  });

  it("a cut mid-event ends with one network item", async () => {
    mock.server.on(ROUTE, { sse: [frames(TRANSCRIPT_SSE)[0]!, frames(TRANSCRIPT_SSE)[1]!.slice(0, 30)], drop: "mid-body", chunkDelay: 5 });
    const seen = await items(await open());
    expect(seen).toEqual([itemsOf(TRANSCRIPT_SSE)[0], ["error", expect.objectContaining({ kind: "network" })]]);
  });

  it("silence ends with timeout", async () => {
    mock.server.on(ROUTE, { sse: frames(TRANSCRIPT_SSE).slice(0, 1), hang: true });
    const seen = await items(await open({ httpOptions: { streamIdleTimeout: 200 } }));
    expect(seen).toEqual([itemsOf(TRANSCRIPT_SSE)[0], ["error", { kind: "timeout", timeout: 200, message: expect.stringContaining("stream idle") }]]);
  });

  it("abort() ends the iteration with no error item and closes the connection", async () => {
    const server = await hangingServer(frames(TRANSCRIPT_SSE)[0]!);
    try {
      const stream = opened<TranscriptionStreamEvent>(await audioTranscription(AUDIO, transcribe, server.config));
      const iterator = stream[Symbol.asyncIterator]();
      expect(await iterator.next()).toEqual({ done: false, value: itemsOf(TRANSCRIPT_SSE)[0] });
      stream.abort();
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
      await server.sawClose; // would hang (and the test time out) if the connection stayed open
    } finally {
      await server.close();
    }
  });

  it("a 4xx before the stream is the outer error tuple", async () => {
    const [status, error] = await audioTranscription(AUDIO, { language: "en", stream: true } as never, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 400, error: { param: "model" } });
  });

  it("audioTranslation does not stream: the spec gives it no stream field, and the mock answers JSON", async () => {
    const result = await audioTranslation(AUDIO, { model: "whisper-1", stream: true } as never, mock.config());
    expect(result[0]).toBe("ok");
    expect(result[1]).toMatchObject({ text: expect.any(String) });
  });
});

describe('audioSpeech({ stream_format: "sse" })', () => {
  const ROUTE = "POST /audio/speech";
  const open = async (extra: Config = {}) => opened<SpeechStreamEvent>(await audioSpeech(speak, mock.config(extra)));

  it("yields the fixture's audio deltas then the done event with the usage, and sends stream_format in the JSON", async () => {
    const seen = await items(await open());
    expect(seen).toEqual(itemsOf(SPEECH_SSE));
    expect(seen.map(([, item]) => (item as SpeechStreamEvent).event)).toEqual([
      "speech.audio.delta",
      "speech.audio.delta",
      "speech.audio.delta",
      "speech.audio.done",
    ]);
    expect(seen.at(-1)).toEqual([
      "ok",
      { event: "speech.audio.done", data: { type: "speech.audio.done", usage: { input_tokens: 14, output_tokens: 101, total_tokens: 115 } } },
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/audio/speech", json: speak });
    // `Accept: */*` as the bytes form: the endpoint answers audio or event-stream, and refuses application/json (406).
    expect(mock.server.lastRequest()?.headers).toMatchObject({ "content-type": "application/json", accept: "*/*" });
  });

  it("the mock's stream is the fixture, byte for byte", async () => {
    const response = await fetch(`${mock.server.url}/audio/speech`, {
      method: "POST",
      headers: { authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json" },
      body: JSON.stringify(speak),
    });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(await response.text()).toBe(SPEECH_SSE);
  });

  it('without stream_format, or with "audio", still returns the bytes', async () => {
    const { stream_format: _sse, ...plain } = speak;
    const [status, audio] = await audioSpeech(plain, mock.config());
    expect(status).toBe("ok");
    expect(audio).toBeInstanceOf(Uint8Array);
    expect((audio as Uint8Array).slice(0, 4)).toEqual(new Uint8Array([0xff, 0xfb, 0x90, 0x00]));
    const [again, bytes] = await audioSpeech({ ...plain, stream_format: "audio" }, mock.config());
    expect([again, bytes]).toEqual(["ok", audio]);
  });

  it("a cut mid-event ends with one network item", async () => {
    mock.server.on(ROUTE, { sse: [frames(SPEECH_SSE)[0]!, frames(SPEECH_SSE)[1]!.slice(0, 80)], drop: "mid-body", chunkDelay: 5 });
    const seen = await items(await open());
    expect(seen).toEqual([itemsOf(SPEECH_SSE)[0], ["error", expect.objectContaining({ kind: "network" })]]);
  });

  it("silence ends with timeout", async () => {
    mock.server.on(ROUTE, { sse: frames(SPEECH_SSE).slice(0, 1), hang: true });
    const seen = await items(await open({ httpOptions: { streamIdleTimeout: 200 } }));
    expect(seen).toEqual([itemsOf(SPEECH_SSE)[0], ["error", { kind: "timeout", timeout: 200, message: expect.stringContaining("stream idle") }]]);
  });

  it("abort() ends the iteration with no error item and closes the connection", async () => {
    const server = await hangingServer(frames(SPEECH_SSE)[0]!);
    try {
      const stream = opened<SpeechStreamEvent>(await audioSpeech(speak, server.config));
      const iterator = stream[Symbol.asyncIterator]();
      expect(await iterator.next()).toEqual({ done: false, value: itemsOf(SPEECH_SSE)[0] });
      stream.abort();
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
      await server.sawClose;
    } finally {
      await server.close();
    }
  });

  it("a 4xx before the stream is the outer error tuple (tts-1 does not stream SSE)", async () => {
    const [status, error] = await audioSpeech({ ...speak, model: "tts-1" }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 400, error: { param: "stream_format" } });
  });

  it("toReadableStream() re-emits the events as named SSE frames", async () => {
    const text = await new Response((await open()).toReadableStream()).text();
    const expected = itemsOf(SPEECH_SSE).map(([, { event, data }]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    expect(text).toBe([...expected, "event: done\ndata: [DONE]\n\n"].join(""));
  });
});
