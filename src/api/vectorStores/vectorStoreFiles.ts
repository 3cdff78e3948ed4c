import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { VectorStoreFile, VectorStoreFileListParams } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Lists the files of a vector store.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param params Optional query: `limit`, `order`, `after`, `before`, `filter` (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: VectorStoreFile[], first_id, last_id, has_more }, meta]` or `["error", e]`.
 * @example
 * const [status, page] = await vectorStoreFiles("vs_abc123", { filter: "completed" });
 * @see https://platform.openai.com/docs/api-reference/vector-stores-files/listFiles
 */
export function vectorStoreFiles(
  vectorStoreId: string,
  params?: VectorStoreFileListParams | Config,
  config?: Config,
): Promise<Result<ListPage<VectorStoreFile>>> {
  return request({
    method: "GET",
    path: "/vector_stores/{vector_store_id}/files",
    ids: { vector_store_id: vectorStoreId },
    params,
    paramsOptional: true,
    config,
    beta: "assistants",
  });
}
