import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStoreFile } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Retrieves a file of a vector store (poll it until `status` is `completed`).
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param fileId The file, e.g. `file-abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", vectorStoreFile, meta]` (`status`: `in_progress`, `completed`, `failed` or `cancelled`) or `["error", e]`.
 * @example
 * const [status, file] = await vectorStoreFile("vs_abc123", "file-abc123");
 * @see https://platform.openai.com/docs/api-reference/vector-stores-files/getFile
 */
export function vectorStoreFile(vectorStoreId: string, fileId: string, config?: Config): Promise<Result<VectorStoreFile>> {
  return request({
    method: "GET",
    path: "/vector_stores/{vector_store_id}/files/{file_id}",
    ids: { vector_store_id: vectorStoreId, file_id: fileId },
    send: "none",
    config,
    beta: "assistants",
  });
}
