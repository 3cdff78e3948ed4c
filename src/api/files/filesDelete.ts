import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FileDeleted } from "../../types/files";
import { request } from "../../_internal/request";

/**
 * Deletes a file.
 *
 * @param fileId The file to delete.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "file", deleted: true }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await filesDelete("file-123");
 * if (status === "ok") console.log(deleted.deleted);
 * @see https://platform.openai.com/docs/api-reference/files/delete
 */
export function filesDelete(fileId: string, config?: Config): Promise<Result<FileDeleted>> {
  return request({ method: "DELETE", path: "/files/{file_id}", ids: { file_id: fileId }, send: "none", config });
}
