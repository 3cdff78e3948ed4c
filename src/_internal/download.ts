/**
 * Streams a 2xx body to disk with constant memory: written to a temporary file beside the
 * destination and renamed when complete, so a failed download never leaves a truncated file under
 * either name.
 */
import type * as FsPromises from "node:fs/promises";
import type * as NodePath from "node:path";
import { argumentError, fileError, type OpenAIError } from "../errors";
import { err, ok, type Result } from "../result";
import type { FileDownload } from "../types/files";
import { builtin } from "./env";
import type { RequestSpec } from "./prepare";
import { requestStream, type StreamSource } from "./request";
import { attemptFailure } from "./failure";

/** Downloads the body of `spec` into `destPath`; never throws. */
export async function downloadToFile(spec: RequestSpec, destPath: unknown): Promise<Result<FileDownload>> {
  try {
    return await download(spec, destPath);
  } catch (cause) {
    return err(writeError(String(destPath), codeOf(cause)));
  }
}

async function download(spec: RequestSpec, destPath: unknown): Promise<Result<FileDownload>> {
  if (typeof destPath !== "string" || destPath.length === 0) {
    return err(argumentError("destPath", `destPath must be a non-empty string, got ${destPath === "" ? "an empty string" : typeof destPath}`));
  }
  const fs = builtin<typeof FsPromises>("node:fs/promises");
  const path = builtin<typeof NodePath>("node:path");
  if (!fs || !path) return err(writeError(destPath, "no file system in this runtime"));
  const target = path.resolve(destPath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.part`);
  // Checking the destination and opening the temp file first make an unwritable destination, or a
  // directory in the way, fail before any request is sent.
  let handle: FsPromises.FileHandle;
  try {
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) return err(writeError(destPath, "EISDIR"));
    handle = await fs.open(temp, "wx");
  } catch (cause) {
    return err(writeError(destPath, codeOf(cause)));
  }
  let source: StreamSource | undefined;
  const fail = async (error: OpenAIError): Promise<Result<FileDownload>> => {
    source?.signal.abort();
    source?.signal.dispose();
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return err(error);
  };
  const started = await requestStream(spec);
  if (started[0] === "error") return fail(started[1]);
  source = started[1];
  const written = await copyBody(source, handle, destPath);
  if (typeof written !== "number") return fail(written);
  source.signal.dispose();
  try {
    await handle.close();
    await fs.rename(temp, target);
  } catch (cause) {
    return fail(writeError(destPath, codeOf(cause)));
  }
  return ok({ path: target, bytes: written }, started[2]);
}

/** Copies the body chunk by chunk (each write awaited: back-pressure), restarting the idle timer per chunk. */
async function copyBody(source: StreamSource, handle: FsPromises.FileHandle, destPath: string): Promise<number | OpenAIError> {
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
      try {
        await handle.write(chunk.value);
      } catch (cause) {
        await reader.cancel().catch(() => undefined);
        return writeError(destPath, codeOf(cause));
      }
      bytes += chunk.value.byteLength;
    }
  } finally {
    signal.clearTimeout();
  }
}

function writeError(path: string, reason: string): OpenAIError {
  return fileError(path, reason, "write");
}

function codeOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : cause instanceof Error ? cause.message : "unknown error";
}
