import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStoreSearchParams, VectorStoreSearchResultsPage } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Searches a vector store for chunks relevant to a query.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param params `query`, and optional `max_num_results`, `filters`, `ranking_options`, `rewrite_query`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "vector_store.search_results.page", search_query, data: [{ file_id, filename, score, attributes, content }], has_more, next_page }, meta]` or `["error", e]`.
 * @example
 * const [status, page] = await vectorStoresSearch("vs_abc123", { query: "What is the return policy?", max_num_results: 5 });
 * @see https://platform.openai.com/docs/api-reference/vector-stores/search
 */
export function vectorStoresSearch(vectorStoreId: string, params: VectorStoreSearchParams, config?: Config): Promise<Result<VectorStoreSearchResultsPage>> {
  return request({
    method: "POST",
    path: "/vector_stores/{vector_store_id}/search",
    ids: { vector_store_id: vectorStoreId },
    params,
    config,
    beta: "assistants",
  });
}
