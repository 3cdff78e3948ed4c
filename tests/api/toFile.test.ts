/** Named uploads: a `File` keeps its name and type; `toFile` names bytes, Blobs and streams; unnamed audio and image bytes are refused. */
import { describe, expect, it } from "vitest";
import { audioTranscription, audioTranslation, filesUpload, imagesEdits, imagesVariations, toFile } from "../../src/index";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const MP3 = new Uint8Array([0xff, 0xfb, 0x90, 0x00, 1, 2, 3]);
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
const transcription = { text: "I've seen things you people wouldn't believe.." };

/** The file part of the last multipart request, as the mock server recorded it. */
function sentFile() {
  const files = mock.server.lastRequest()?.multipart?.files ?? [];
  expect(files).toHaveLength(1);
  const [file] = files;
  return { field: file?.field, filename: file?.filename, contentType: file?.contentType, data: file?.data && [...file.data] };
}

describe("named uploads", () => {
  it('a File and toFile(bytes, "a.mp3") arrive as a.mp3 with audio/mpeg', async () => {
    const expected = { field: "file", filename: "a.mp3", contentType: "audio/mpeg", data: [...MP3] };
    expect(await audioTranscription(new File([MP3], "a.mp3", { type: "audio/mpeg" }), { model: "whisper-1" }, mock.config())).toEqual([
      "ok",
      transcription,
      expect.objectContaining({ status: 200 }),
    ]);
    expect(sentFile()).toEqual(expected);
    expect(await audioTranscription(toFile(MP3, "a.mp3"), { model: "whisper-1" }, mock.config())).toEqual([
      "ok",
      transcription,
      expect.objectContaining({ status: 200 }),
    ]);
    expect(sentFile()).toEqual(expected);
    expect(mock.server.lastRequest()?.multipart?.fields).toEqual({ model: "whisper-1" });
  });

  it("toFile takes an ArrayBuffer, a Blob and a ReadableStream, and an explicit type", async () => {
    const stream = new Blob([MP3]).stream();
    for (const [input, type, contentType] of [
      [MP3.buffer.slice(0), undefined, "audio/mpeg"],
      [new Blob([MP3]), undefined, "audio/mpeg"],
      [stream, undefined, "audio/mpeg"],
      [new Blob([MP3], { type: "application/octet-stream" }), "audio/mp4", "audio/mp4"],
    ] as const) {
      const [status] = await audioTranslation(toFile(input, "a.mp3", { type }), { model: "whisper-1" }, mock.config());
      expect(status).toBe("ok");
      expect(sentFile()).toEqual({ field: "file", filename: "a.mp3", contentType, data: [...MP3] });
    }
  });

  it("a stream that fails is a file error, and nothing is sent", async () => {
    const broken = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error("disk gone")) });
    expect(await audioTranscription(toFile(broken, "a.mp3"), { model: "whisper-1" }, mock.config())).toEqual([
      "error",
      { kind: "file", path: "a.mp3", message: "Cannot read upload file a.mp3 (the stream failed: disk gone)" },
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("audio and image bytes without a name or type are an argument error that says to name them", async () => {
    const message = (argument: string, what: string) =>
      `${argument} is ${what}: the API tells the format from the file name, so name it with toFile(bytes, "speech.mp3") or pass a File`;
    expect(await audioTranscription(MP3, { model: "whisper-1" }, mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "file", message: message("file", "bytes without a name") },
    ]);
    expect(await audioTranslation(new Blob([MP3]), { model: "whisper-1" }, mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "file", message: message("file", "a Blob with neither a name nor a type") },
    ]);
    expect(await imagesVariations(PNG, {}, mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "image", message: message("image", "bytes without a name") },
    ]);
    expect(await imagesEdits([toFile(PNG, "a.png"), PNG], { prompt: "hat" }, mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "image[1]", message: message("image[1]", "bytes without a name") },
    ]);
    expect(await imagesEdits(toFile(PNG, "a.png"), { prompt: "hat", mask: PNG }, mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "params.mask", message: message("params.mask", "bytes without a name") },
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a typed Blob without a name is named from its type; other uploads keep taking bare bytes", async () => {
    expect((await imagesVariations(new Blob([PNG], { type: "image/png" }), {}, mock.config()))[0]).toBe("ok");
    expect(sentFile()).toEqual({ field: "image", filename: "upload.png", contentType: "image/png", data: [...PNG] });
    expect((await filesUpload(new TextEncoder().encode("{}\n"), { purpose: "batch" }, mock.config()))[0]).toBe("ok");
    expect(sentFile()).toMatchObject({ field: "file", filename: "upload", contentType: "application/octet-stream" });
  });
});
