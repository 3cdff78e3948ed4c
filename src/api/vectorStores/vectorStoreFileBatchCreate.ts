import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStoreFileBatch, VectorStoreFileBatchCreateParams } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Attaches many Files to a vector store in one batch.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param params `file_ids` (or `files`), and optional `chunking_strategy` and `attributes`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", fileBatch, meta]` or `["error", e]`.
 * @example
 * const [status, batch] = await vectorStoreFileBatchCreate("vs_abc123", { file_ids: ["file-abc123", "file-abc456"] });
 * @see https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch
 */
export function vectorStoreFileBatchCreate(
  vectorStoreId: string,
  params: VectorStoreFileBatchCreateParams,
  config?: Config,
): Promise<Result<VectorStoreFileBatch>> {
  return request({
    method: "POST",
    path: "/vector_stores/{vector_store_id}/file_batches",
    ids: { vector_store_id: vectorStoreId },
    params,
    config,
    beta: "assistants",
  });
}
