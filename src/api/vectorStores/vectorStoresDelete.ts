import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStoreDeleted } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Deletes a vector store (its files stay in /files).
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "vector_store.deleted", deleted: true }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await vectorStoresDelete("vs_abc123");
 * @see https://platform.openai.com/docs/api-reference/vector-stores/delete
 */
export function vectorStoresDelete(vectorStoreId: string, config?: Config): Promise<Result<VectorStoreDeleted>> {
  return request({
    method: "DELETE",
    path: "/vector_stores/{vector_store_id}",
    ids: { vector_store_id: vectorStoreId },
    send: "none",
    config,
    beta: "assistants",
  });
}
