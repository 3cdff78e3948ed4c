import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FileDownload } from "../../types/files";
import { downloadToFile } from "../../_internal/download";

/**
 * Streams the content of a file to disk with constant memory, via a temporary file renamed when complete.
 *
 * @param fileId The file, e.g. a batch's `output_file_id`.
 * @param destPath Where to write it; a failed download leaves nothing there (nor a partial temp file).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { path, bytes }, meta]` (`path` absolute), or a `file` error when the destination is not writable.
 * @example
 * const [status, saved] = await filesDownload("file-abc123", "./batch-output.jsonl");
 * if (status === "ok") console.log(`${saved.bytes} bytes written to ${saved.path}`);
 * @see https://platform.openai.com/docs/api-reference/files/retrieve-contents
 */
export function filesDownload(fileId: string, destPath: string, config?: Config): Promise<Result<FileDownload>> {
  return downloadToFile({ method: "GET", path: "/files/{file_id}/content", ids: { file_id: fileId }, send: "none", config, decode: "bytes" }, destPath);
}
