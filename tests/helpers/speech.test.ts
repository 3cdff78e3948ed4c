import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { audioSpeech, saveSpeech, speechAudio, type EventStream, type SpeechStreamEvent, type StreamItem } from "../../src/index";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const ROUTE = "POST /audio/speech";
const SSE = readFileSync(new URL("../../fixtures/audio_speech_stream.sse", import.meta.url), "utf8");
const FRAMES = SSE.split(/(?<=\n\n)/);
/** The audio the fixture carries: its deltas decoded here with Buffer, independently of the helper's atob. */
const CHUNKS = FRAMES.map((frame) => JSON.parse(frame.slice("data: ".length)) as { type: string; audio?: string })
  .filter((data) => data.type === "speech.audio.delta")
  .map((data) => new Uint8Array(Buffer.from(data.audio!, "base64")));
const AUDIO = Buffer.concat(CHUNKS);
const params = { model: "gpt-4o-mini-tts", input: "Time to die.", voice: "alloy" as const, stream_format: "sse" as const };
const dir = mkdtempSync(join(tmpdir(), "openai-ex-speech-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(): Promise<EventStream<SpeechStreamEvent>> {
  const [status, stream] = await audioSpeech(params, mock.config());
  if (status === "error") throw new Error(`unexpected error tuple: ${stream.message}`);
  return stream;
}

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const item of iterable) seen.push(item);
  return seen;
}

describe("speechAudio(stream)", () => {
  it("yields one decoded chunk per delta, in order; their concatenation is the audio", async () => {
    expect(CHUNKS).toHaveLength(3);
    expect(new Set(CHUNKS.map((chunk) => Buffer.from(chunk).toString("hex"))).size).toBe(3); // distinct, so order matters
    const seen = await all(speechAudio(await open()));
    expect(seen).toEqual(CHUNKS.map((chunk) => ["ok", chunk]));
    expect(Buffer.concat(seen.map(([, bytes]) => bytes as Uint8Array))).toEqual(AUDIO);
  });

  it("passes the stream's final error on after the chunks before it (a cut stream)", async () => {
    mock.server.on(ROUTE, { sse: [FRAMES[0]!, FRAMES[1]!.slice(0, 80)], drop: "mid-body", chunkDelay: 5 });
    const seen = await all(speechAudio(await open()));
    expect(seen).toEqual([
      ["ok", CHUNKS[0]],
      ["error", expect.objectContaining({ kind: "network" })],
    ]);
  });

  it("a delta whose audio is not base64 ends with one parse error", async () => {
    mock.server.on(ROUTE, { sse: [FRAMES[0]!, `data: ${JSON.stringify({ type: "speech.audio.delta", audio: "not base64!" })}\n\n`, FRAMES[1]!] });
    const seen = await all(speechAudio(await open()));
    expect(seen).toEqual([
      ["ok", CHUNKS[0]],
      ["error", { kind: "parse", body: "not base64!", message: "A speech.audio.delta event's audio is not base64" }],
    ]);
  });

  it("is an argument error for what is not an EventStream, without throwing", async () => {
    const wrong = { kind: "argument", argument: "stream", message: expect.stringContaining("audioSpeech") };
    for (const value of [undefined, null, "x".repeat(2_000_000), [1, 2], { abort: 1 }, new Uint8Array(4)]) {
      expect(await all(speechAudio(value as never))).toEqual([["error", wrong]]);
    }
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
      },
    );
    expect(await all(speechAudio(throwing as never))).toEqual([["error", wrong]]);
    const iteratorThrows = {
      abort() {},
      [Symbol.asyncIterator]: () => {
        throw new Error("boom");
      },
    };
    expect(await all(speechAudio(iteratorThrows as never))).toEqual([["error", wrong]]);
  });

  it("breaking out early ends the stream: it is not read again, and nothing hangs", async () => {
    mock.server.on(ROUTE, { sse: FRAMES.slice(0, 1), hang: true });
    const stream = await open();
    const seen: Array<StreamItem<Uint8Array>> = [];
    for await (const item of speechAudio(stream)) {
      seen.push(item);
      break;
    }
    expect(seen).toEqual([["ok", CHUNKS[0]]]);
    // The helper's loop took the stream and returned it on `break`: it cannot be read again (and does not hang).
    expect(await all(stream)).toEqual([["error", expect.objectContaining({ kind: "argument", message: expect.stringContaining("already iterated") })]]);
  });
});

describe("saveSpeech(stream, path)", () => {
  it("writes the decoded audio and returns the absolute path, the byte count and the stream's meta", async () => {
    const path = join(dir, "saved.mp3");
    const [status, saved, meta] = await saveSpeech(await open(), path);
    expect([status, saved]).toEqual(["ok", { path, bytes: AUDIO.length }]);
    expect(meta).toMatchObject({ status: 200, headers: { "content-type": "text/event-stream" } });
    expect(readFileSync(path)).toEqual(AUDIO);
    expect(readdirSync(dir).filter((name) => name.endsWith(".part"))).toEqual([]);
  });

  it("a cut stream returns the stream's error and leaves no file (nor a partial temp file)", async () => {
    mock.server.on(ROUTE, { sse: [FRAMES[0]!, FRAMES[1]!, FRAMES[2]!.slice(0, 80)], drop: "mid-body", chunkDelay: 5 });
    const path = join(dir, "cut.mp3");
    const result = await saveSpeech(await open(), path);
    expect(result).toEqual(["error", expect.objectContaining({ kind: "network" })]);
    expect(readdirSync(dir).filter((name) => name.startsWith("cut.mp3") || name.startsWith(".cut.mp3"))).toEqual([]);
  });

  it("a cut stream leaves an existing file at the path untouched", async () => {
    const path = join(dir, "kept.mp3");
    writeFileSync(path, "earlier audio");
    mock.server.on(ROUTE, { sse: [FRAMES[0]!, FRAMES[1]!.slice(0, 80)], drop: "mid-body", chunkDelay: 5 });
    expect((await saveSpeech(await open(), path))[0]).toBe("error");
    expect(readFileSync(path, "utf8")).toBe("earlier audio");
  });

  it("an unwritable destination is a file error, and the connection is released", async () => {
    mock.server.on(ROUTE, { sse: FRAMES.slice(0, 1), hang: true });
    const stream = await open();
    const path = join(dir, "no-such-dir", "x.mp3");
    expect(await saveSpeech(stream, path)).toEqual(["error", { kind: "file", path, message: expect.stringContaining("ENOENT") }]);
    expect(await all(stream)).toEqual([]); // aborted: iterating it ends at once
    expect(await saveSpeech(await open(), dir)).toEqual(["error", expect.objectContaining({ kind: "file", message: expect.stringContaining("EISDIR") })]);
  });

  it("bad arguments are argument errors, without throwing", async () => {
    expect(await saveSpeech(await open(), "")).toEqual(["error", { kind: "argument", argument: "destPath", message: expect.stringContaining("empty string") }]);
    expect(await saveSpeech(await open(), 42 as never)).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "destPath" })]);
    expect(await saveSpeech("x".repeat(2_000_000) as never, join(dir, "y.mp3"))).toEqual([
      "error",
      expect.objectContaining({ kind: "argument", argument: "stream" }),
    ]);
    expect(readdirSync(dir).filter((name) => name.includes("y.mp3"))).toEqual([]);
  });
});
