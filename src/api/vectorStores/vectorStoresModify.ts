import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStore, VectorStoreModifyParams } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Changes a vector store's name, expiry or metadata.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param params `name`, `expires_after`, `metadata`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", vectorStore, meta]` or `["error", e]`.
 * @example
 * const [status, store] = await vectorStoresModify("vs_abc123", { name: "Support FAQ v2" });
 * @see https://platform.openai.com/docs/api-reference/vector-stores/modify
 */
export function vectorStoresModify(vectorStoreId: string, params: VectorStoreModifyParams, config?: Config): Promise<Result<VectorStore>> {
  return request({ method: "POST", path: "/vector_stores/{vector_store_id}", ids: { vector_store_id: vectorStoreId }, params, config, beta: "assistants" });
}
