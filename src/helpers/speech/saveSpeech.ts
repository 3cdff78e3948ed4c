import { argumentError, fileError } from "../../errors";
import { err, ok, type Result } from "../../result";
import type { EventStream } from "../../stream";
import type { SavedSpeech, SpeechStreamEvent } from "../../types/audio";
import { codeOf, destPathProblem, openFileSink } from "../../_internal/fileSink";
import { streamMeta } from "../fold";
import { isEventStream, speechAudio } from "./speechAudio";

/**
 * Writes the audio of a speech stream to a file chunk by chunk (one decoded chunk in memory at a time).
 * The bytes go to a temporary file beside `destPath`, renamed when the stream is complete: a cut stream or
 * a failed write leaves no file under either name. Node only (`node:fs` is loaded when called, so browser
 * bundles do not carry it).
 *
 * @param stream The stream of `audioSpeech({ ..., stream_format: "sse" })`, not yet iterated.
 * @param destPath Where to write the audio (its format is the request's `response_format`, mp3 by default).
 * @returns `["ok", { path, bytes }, meta]` (`path` absolute, `meta` the stream's); the stream's own error (e.g.
 *   `network`, `timeout`); a `file` error when the file cannot be written; an `argument` error for a bad argument.
 *   It never throws.
 * @example
 * const [status, stream] = await audioSpeech({ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hello", stream_format: "sse" });
 * if (status === "ok") {
 *   const [saved, file] = await saveSpeech(stream, "./hello.mp3");
 *   if (saved === "ok") console.log(`${file.bytes} bytes in ${file.path}`);
 * }
 */
export async function saveSpeech(stream: EventStream<SpeechStreamEvent>, destPath: string): Promise<Result<SavedSpeech>> {
  const problem = destPathProblem(destPath);
  if (problem) return err(problem);
  if (!isEventStream(stream)) return err(argumentError("stream", 'saveSpeech expects the EventStream of audioSpeech({ ..., stream_format: "sse" })'));
  try {
    return await write(stream, destPath);
  } catch (cause) {
    stream.abort();
    return err(fileError(destPath, codeOf(cause), "write"));
  }
}

async function write(stream: EventStream<SpeechStreamEvent>, destPath: string): Promise<Result<SavedSpeech>> {
  const sink = await openFileSink(destPath);
  if ("kind" in sink) {
    stream.abort(); // nothing was read: release the connection
    return err(sink);
  }
  let bytes = 0;
  // Leaving the loop (by `return`) releases the connection.
  for await (const [kind, chunk] of speechAudio(stream)) {
    const failed = kind === "error" ? chunk : await sink.write(chunk);
    if (failed) {
      await sink.discard();
      return err(failed);
    }
    bytes += (chunk as Uint8Array).byteLength;
  }
  const path = await sink.commit();
  return typeof path === "string" ? ok({ path, bytes }, streamMeta(stream)) : err(path);
}
