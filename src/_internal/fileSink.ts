/**
 * Writing a file so that a failure never leaves a truncated one: bytes go to a temporary file beside
 * the destination, renamed into place once complete. Shared by `filesDownload(id, path)` and
 * `saveSpeech`. Node only: `node:fs` is loaded when called, so browser bundles do not carry it.
 */
import type * as FsPromises from "node:fs/promises";
import type * as NodePath from "node:path";
import { argumentError, fileError, type OpenAIError } from "../errors";
import { builtin } from "./env";

export interface FileSink {
  /** Appends bytes (each write awaited: back-pressure); a failed write is a `file` error, the sink then discarded. */
  write(chunk: Uint8Array): Promise<OpenAIError | undefined>;
  /** Closes and renames into place: the absolute path, or a `file` error (the temporary file removed). */
  commit(): Promise<string | OpenAIError>;
  /** Closes and removes the temporary file. */
  discard(): Promise<void>;
}

/** The `argument` error for a destination that is not a non-empty string, or `undefined`. */
export function destPathProblem(destPath: unknown): OpenAIError | undefined {
  if (typeof destPath === "string" && destPath.length > 0) return undefined;
  return argumentError("destPath", `destPath must be a non-empty string, got ${destPath === "" ? "an empty string" : typeof destPath}`);
}

/**
 * Opens the temporary file for `destPath` (checked first: a directory in the way or an unwritable
 * folder fails before anything is fetched). Never throws.
 *
 * @example
 * const sink = await openFileSink("./speech.mp3");
 * if (!("kind" in sink)) { await sink.write(bytes); const path = await sink.commit(); }
 */
export async function openFileSink(destPath: string): Promise<FileSink | OpenAIError> {
  const fs = builtin<typeof FsPromises>("node:fs/promises");
  const path = builtin<typeof NodePath>("node:path");
  if (!fs || !path) return writeError(destPath, "no file system in this runtime");
  try {
    const target = path.resolve(destPath);
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.part`);
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) return writeError(destPath, "EISDIR");
    const handle = await fs.open(temp, "wx");
    const discard = async () => {
      await handle.close().catch(() => undefined);
      await fs.rm(temp, { force: true }).catch(() => undefined);
    };
    const failed = async (cause: unknown) => {
      await discard();
      return writeError(destPath, codeOf(cause));
    };
    return {
      write: (chunk) => handle.write(chunk).then(() => undefined, failed),
      commit: () =>
        handle
          .close()
          .then(() => fs.rename(temp, target))
          .then(() => target, failed),
      discard,
    };
  } catch (cause) {
    return writeError(destPath, codeOf(cause));
  }
}

function writeError(path: string, reason: string): OpenAIError {
  return fileError(path, reason, "write");
}

/** The error code of a failed fs call (`EACCES`, `ENOSPC`…), or its message. */
export function codeOf(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : cause instanceof Error ? cause.message : "unknown error";
}
