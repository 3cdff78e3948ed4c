import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { VectorStoreFile, VectorStoreFileListParams } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Lists the files of a file batch.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param batchId The file batch, e.g. `vsfb_abc123`.
 * @param params Optional query: `limit`, `order`, `after`, `before`, `filter` (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: VectorStoreFile[], first_id, last_id, has_more }, meta]` or `["error", e]`.
 * @example
 * const [status, page] = await vectorStoreFileBatchFiles("vs_abc123", "vsfb_abc123", { filter: "failed" });
 * @see https://platform.openai.com/docs/api-reference/vector-stores-file-batches/listBatchFiles
 */
export function vectorStoreFileBatchFiles(
  vectorStoreId: string,
  batchId: string,
  params?: VectorStoreFileListParams | Config,
  config?: Config,
): Promise<Result<ListPage<VectorStoreFile>>> {
  return request({
    method: "GET",
    path: "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
    ids: { vector_store_id: vectorStoreId, batch_id: batchId },
    params,
    paramsOptional: true,
    config,
    beta: "assistants",
  });
}
