import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { audioSpeech, audioTranscription, audioTranslation } from "../../src/index";
import formats from "../../fixtures/transcription_formats.json";
import transcription from "../../fixtures/transcription.json";
import translation from "../../fixtures/translation.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const WAV = resolve(import.meta.dirname, "../../fixtures/uploads/hello.wav");
const MP3 = resolve(import.meta.dirname, "../../fixtures/uploads/speech.mp3");
const wavBytes = new Uint8Array(readFileSync(WAV));

describe("audioSpeech", () => {
  it("sends JSON, accepts */*, and returns the bytes as a Uint8Array", async () => {
    const params = { model: "tts-1", input: "You know that Voight-Kampf test of yours.", voice: "alloy" };
    const result = await audioSpeech(params, mock.config());
    expect(result[0]).toBe("ok");
    const audio = result[1] as Uint8Array;
    expect(audio).toBeInstanceOf(Uint8Array);
    expect(audio).toEqual(new Uint8Array(readFileSync(MP3)));
    expect(result[2]).toMatchObject({ status: 200, headers: { "content-type": "audio/mpeg" } });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/audio/speech", json: params });
    expect(seen?.headers).toMatchObject({ accept: "*/*", "content-type": "application/json", authorization: `Bearer ${TEST_KEY}` });
  });

  it("returns bytes whatever the content type says", async () => {
    mock.server.on("POST /audio/speech", { headers: { "content-type": "application/json" }, body: new TextEncoder().encode("{}") }, 1);
    expect(await audioSpeech({ model: "tts-1", input: "x", voice: "alloy" }, mock.config())).toEqual(["ok", new TextEncoder().encode("{}"), expect.anything()]);
  });
});

describe("audioTranscription", () => {
  it("uploads the file with the params as fields and returns the JSON object", async () => {
    const result = await audioTranscription(WAV, { model: "whisper-1", language: "en", temperature: 0 }, mock.config());
    expect(result).toEqual(["ok", transcription, expect.anything()]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/audio/transcriptions" });
    expect(seen?.headers.accept).toBe("*/*");
    expect(seen?.multipart?.fields).toEqual({ model: "whisper-1", language: "en", temperature: "0" });
    expect(seen?.multipart?.files).toEqual([
      expect.objectContaining({ field: "file", filename: "hello.wav", contentType: "audio/wav", size: wavBytes.length, data: wavBytes }),
    ]);
  });

  it.each([
    ["text", formats.text],
    ["srt", formats.srt],
    ["vtt", formats.vtt],
  ] as const)("response_format %s returns a string", async (format, expected) => {
    const result = await audioTranscription(WAV, { model: "whisper-1", response_format: format }, mock.config());
    expect(result).toEqual(["ok", expected, expect.anything()]);
    expect(mock.server.lastRequest()?.multipart?.fields.response_format).toBe(format);
  });

  it("verbose_json returns the object; timestamp_granularities go as repeated [] fields", async () => {
    const result = await audioTranscription(
      WAV,
      { model: "whisper-1", response_format: "verbose_json", timestamp_granularities: ["word", "segment"] },
      mock.config(),
    );
    expect(result).toEqual(["ok", { ...formats.verbose_json, words: expect.any(Array) }, expect.anything()]);
    expect(mock.server.lastRequest()?.multipart?.fields["timestamp_granularities[]"]).toEqual(["word", "segment"]);
  });

  it("a missing file is a file error and nothing is sent", async () => {
    const result = await audioTranscription("./path_to_file/blade_runner.mp3", { model: "whisper-1" }, mock.config());
    expect(result).toEqual(["error", expect.objectContaining({ kind: "file", path: "./path_to_file/blade_runner.mp3" })]);
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("audioTranslation", () => {
  it("uploads to /audio/translations and returns the JSON object, or text", async () => {
    expect(await audioTranslation(WAV, { model: "whisper-1" }, mock.config())).toEqual(["ok", translation, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/audio/translations" });
    expect(mock.server.lastRequest()?.headers.accept).toBe("*/*");
    expect(mock.server.lastRequest()?.multipart?.files[0]).toMatchObject({ field: "file", filename: "hello.wav", data: wavBytes });
    expect(await audioTranslation(WAV, { model: "whisper-1", response_format: "text" }, mock.config())).toEqual(["ok", formats.text, expect.anything()]);
  });

  it("a missing model comes back as the server's 400", async () => {
    const [status, error] = await audioTranslation(WAV, {} as never, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 400, error: { param: "model" } });
  });
});
