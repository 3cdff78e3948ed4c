/**
 * Streams a 2xx body to disk with constant memory: written to a temporary file beside the
 * destination and renamed when complete, so a failed download never leaves a truncated file under
 * either name.
 */
import { fileError, type OpenAIError } from "../errors";
import { err, ok, type Result } from "../result";
import type { FileDownload } from "../types/files";
import { codeOf, destPathProblem, openFileSink, type FileSink } from "./fileSink";
import type { RequestSpec } from "./prepare";
import { requestStream, type StreamSource } from "./request";
import { attemptFailure } from "./failure";

/** Downloads the body of `spec` into `destPath`; never throws. */
export async function downloadToFile(spec: RequestSpec, destPath: unknown): Promise<Result<FileDownload>> {
  try {
    return await download(spec, destPath);
  } catch (cause) {
    return err(fileError(String(destPath), codeOf(cause), "write"));
  }
}

async function download(spec: RequestSpec, destPath: unknown): Promise<Result<FileDownload>> {
  const problem = destPathProblem(destPath);
  if (problem) return err(problem);
  // The sink is opened first: an unwritable destination, or a directory in the way, fails before any request is sent.
  const sink = await openFileSink(destPath as string);
  if ("kind" in sink) return err(sink);
  let source: StreamSource | undefined;
  const fail = async (error: OpenAIError): Promise<Result<FileDownload>> => {
    source?.signal.abort();
    source?.signal.dispose();
    await sink.discard();
    return err(error);
  };
  const started = await requestStream(spec);
  if (started[0] === "error") return fail(started[1]);
  source = started[1];
  const written = await copyBody(source, sink);
  if (typeof written !== "number") return fail(written);
  source.signal.dispose();
  const path = await sink.commit();
  return typeof path === "string" ? ok({ path, bytes: written }, started[2]) : fail(path);
}

/** Copies the body chunk by chunk (each write awaited: back-pressure), restarting the idle timer per chunk. */
async function copyBody(source: StreamSource, sink: FileSink): Promise<number | OpenAIError> {
  const { response, signal, idleTimeout } = source;
  const body = response.body;
  if (!body) return 0;
  const reader = body.getReader();
  let bytes = 0;
  try {
    for (;;) {
      signal.restartTimer(idleTimeout);
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (cause) {
        return attemptFailure(signal, source, idleTimeout, cause, "body");
      }
      if (chunk.done) return bytes;
      signal.clearTimeout(); // a slow disk is not an idle server
      const failed = await sink.write(chunk.value);
      if (failed) {
        await reader.cancel().catch(() => undefined);
        return failed;
      }
      bytes += chunk.value.byteLength;
    }
  } finally {
    signal.clearTimeout();
  }
}
