import type { Config } from "../../config";
import type { Result } from "../../result";
import { request } from "../../_internal/request";

/**
 * Downloads the content of an uploaded or generated file (e.g. a batch's output JSONL) into memory.
 *
 * @param fileId The file, e.g. `file-abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Uint8Array, meta]`: the raw bytes, whatever the content type (use `filesDownload` for large files).
 * @example
 * const [status, bytes] = await filesContent("file-abc123");
 * if (status === "ok") console.log(new TextDecoder().decode(bytes));
 * @see https://platform.openai.com/docs/api-reference/files/retrieve-contents
 */
export function filesContent(fileId: string, config?: Config): Promise<Result<Uint8Array>> {
  // `bytes` also sends `Accept: */*`: the endpoint refuses `application/json` for binary files.
  return request({ method: "GET", path: "/files/{file_id}/content", ids: { file_id: fileId }, send: "none", config, decode: "bytes" });
}
