import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStoreFileDeleted } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Removes a file from a vector store (the File itself stays in /files).
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param fileId The file, e.g. `file-abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "vector_store.file.deleted", deleted: true }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await vectorStoreFileDelete("vs_abc123", "file-abc123");
 * @see https://platform.openai.com/docs/api-reference/vector-stores-files/deleteFile
 */
export function vectorStoreFileDelete(vectorStoreId: string, fileId: string, config?: Config): Promise<Result<VectorStoreFileDeleted>> {
  return request({
    method: "DELETE",
    path: "/vector_stores/{vector_store_id}/files/{file_id}",
    ids: { vector_store_id: vectorStoreId, file_id: fileId },
    send: "none",
    config,
    beta: "assistants",
  });
}
