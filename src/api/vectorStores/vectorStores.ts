import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { VectorStore, VectorStoreListParams } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Lists vector stores, or retrieves one when given its id.
 *
 * @param params Optional query: `limit`, `order`, `after`, `before` (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: VectorStore[], first_id, last_id, has_more }, meta]` or `["error", e]`.
 * @example
 * const [status, page] = await vectorStores({ limit: 10 });
 * const [, store] = await vectorStores("vs_abc123");
 * @see https://platform.openai.com/docs/api-reference/vector-stores/list
 */
export function vectorStores(params?: VectorStoreListParams | Config, config?: Config): Promise<Result<ListPage<VectorStore>>>;
/**
 * Retrieves a vector store.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", vectorStore, meta]` or `["error", e]`.
 * @example
 * const [status, store] = await vectorStores("vs_abc123");
 * @see https://platform.openai.com/docs/api-reference/vector-stores/retrieve
 */
export function vectorStores(vectorStoreId: string, config?: Config): Promise<Result<VectorStore>>;
export function vectorStores(first?: string | VectorStoreListParams | Config, config?: Config): Promise<Result<ListPage<VectorStore> | VectorStore>> {
  if (typeof first === "string") {
    return request({ method: "GET", path: "/vector_stores/{vector_store_id}", ids: { vector_store_id: first }, send: "none", config, beta: "assistants" });
  }
  return request({
    method: "GET",
    path: "/vector_stores",
    params: first,
    idHint: `a vector store id is a string such as "vs_abc123"`,
    paramsOptional: true,
    config,
    beta: "assistants",
  });
}
