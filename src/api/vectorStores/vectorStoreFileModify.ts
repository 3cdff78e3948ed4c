import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStoreFile, VectorStoreFileModifyParams } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Replaces the attributes of a vector store file.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param fileId The file, e.g. `file-abc123`.
 * @param params `{ attributes }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", vectorStoreFile, meta]` or `["error", e]`.
 * @example
 * const [status, file] = await vectorStoreFileModify("vs_abc123", "file-abc123", { attributes: { year: 2024 } });
 * @see https://platform.openai.com/docs/api-reference/vector-stores-files/updateAttributes
 */
export function vectorStoreFileModify(
  vectorStoreId: string,
  fileId: string,
  params: VectorStoreFileModifyParams,
  config?: Config,
): Promise<Result<VectorStoreFile>> {
  return request({
    method: "POST",
    path: "/vector_stores/{vector_store_id}/files/{file_id}",
    ids: { vector_store_id: vectorStoreId, file_id: fileId },
    params,
    config,
    beta: "assistants",
  });
}
