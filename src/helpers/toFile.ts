import type { NamedUpload } from "../types/files";

/**
 * Names bytes, a Blob or a stream for an upload. The API tells an audio or image format from the
 * file name, so bytes without one are refused by `audioTranscription`, `imagesEdits`… A `File`
 * already carries its name and type and needs no wrapping.
 *
 * Nothing is read here: a stream is read when the upload is sent (a failing stream makes that call
 * return a `file` error), and without `type` the content type comes from the name's extension
 * through `mime`, loaded only then, so bundles without uploads stay small.
 *
 * @param data The bytes (`Uint8Array`, `ArrayBuffer`), a `Blob`, or a `ReadableStream` of bytes (e.g. a fetch body).
 * @param name The file name the API will see, with its extension (`speech.mp3`, `otter.png`).
 * @param options `type`: the content type, when the extension does not say it.
 * @returns An upload input for any function taking a file.
 * @example
 * const [spoken, speech] = await audioSpeech({ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hello" });
 * if (spoken === "ok") await audioTranscription(toFile(speech, "hello.mp3"), { model: "whisper-1" });
 * @see https://platform.openai.com/docs/api-reference/audio/createTranscription
 */
export function toFile(data: Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array>, name: string, options: { type?: string } = {}): NamedUpload {
  try {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    const type = typeof options?.type === "string" && options.type ? options.type : undefined;
    return type === undefined ? { data: bytes, filename: name } : { data: bytes, filename: name, type };
  } catch {
    // An exotic argument (a Proxy whose traps throw): the upload reports it as an argument error.
    return { data: data as Blob, filename: name };
  }
}
