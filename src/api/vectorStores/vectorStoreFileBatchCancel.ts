import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStoreFileBatch } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Cancels a file batch; files not yet processed are cancelled.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param batchId The file batch, e.g. `vsfb_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", fileBatch, meta]` or `["error", e]`.
 * @example
 * const [status, batch] = await vectorStoreFileBatchCancel("vs_abc123", "vsfb_abc123");
 * @see https://platform.openai.com/docs/api-reference/vector-stores-file-batches/cancelBatch
 */
export function vectorStoreFileBatchCancel(vectorStoreId: string, batchId: string, config?: Config): Promise<Result<VectorStoreFileBatch>> {
  return request({
    method: "POST",
    path: "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
    ids: { vector_store_id: vectorStoreId, batch_id: batchId },
    send: "none",
    config,
    beta: "assistants",
  });
}
