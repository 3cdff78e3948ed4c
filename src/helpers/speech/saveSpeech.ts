import type * as FsPromises from "node:fs/promises";
import type * as NodePath from "node:path";
import { argumentError, fileError, type OpenAIError } from "../../errors";
import { err, ok, type ResponseMeta, type Result } from "../../result";
import type { EventStream } from "../../stream";
import type { SavedSpeech, SpeechStreamEvent } from "../../types/audio";
import { builtin } from "../../_internal/env";
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
  if (typeof destPath !== "string" || destPath.length === 0) {
    return err(argumentError("destPath", `destPath must be a non-empty string, got ${destPath === "" ? "an empty string" : typeof destPath}`));
  }
  if (!isEventStream(stream)) return err(argumentError("stream", 'saveSpeech expects the EventStream of audioSpeech({ ..., stream_format: "sse" })'));
  const fs = builtin<typeof FsPromises>("node:fs/promises");
  const path = builtin<typeof NodePath>("node:path");
  if (!fs || !path) {
    stream.abort();
    return err(fileError(destPath, "no file system in this runtime", "write"));
  }
  try {
    return await write(stream, destPath, fs, path);
  } catch (cause) {
    stream.abort();
    return err(fileError(destPath, codeOf(cause), "write"));
  }
}

async function write(stream: EventStream<SpeechStreamEvent>, destPath: string, fs: typeof FsPromises, path: typeof NodePath): Promise<Result<SavedSpeech>> {
  const target = path.resolve(destPath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.part`);
  let handle: FsPromises.FileHandle;
  try {
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error("a directory"), { code: "EISDIR" });
    handle = await fs.open(temp, "wx");
  } catch (cause) {
    stream.abort(); // nothing was read: release the connection
    return err(fileError(destPath, codeOf(cause), "write"));
  }
  const fail = async (error: OpenAIError): Promise<Result<SavedSpeech>> => {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return err(error);
  };
  let bytes = 0;
  for await (const [kind, chunk] of speechAudio(stream)) {
    if (kind === "error") return fail(chunk);
    try {
      await handle.write(chunk);
    } catch (cause) {
      // Leaving the loop (by `return`) releases the connection.
      return fail(fileError(destPath, codeOf(cause), "write"));
    }
    bytes += chunk.byteLength;
  }
  try {
    await handle.close();
    await fs.rename(temp, target);
  } catch (cause) {
    return fail(fileError(destPath, codeOf(cause), "write"));
  }
  return ok({ path: target, bytes }, metaOf(stream));
}

/** The stream's meta, or a bare 200 when it has none. */
function metaOf(stream: { meta?: ResponseMeta }): ResponseMeta {
  try {
    return stream.meta ?? { status: 200, headers: {} };
  } catch {
    return { status: 200, headers: {} };
  }
}

function codeOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : cause instanceof Error ? cause.message : "unknown error";
}
