import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStore, VectorStoreCreateParams } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Creates a vector store, optionally filled with files.
 *
 * @param params `name`, `file_ids`, `expires_after`, `chunking_strategy`, `metadata` (all optional; pass `{}` for none).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", vectorStore, meta]` or `["error", e]`.
 * @example
 * const [status, store] = await vectorStoresCreate({ name: "Support FAQ", file_ids: ["file-abc123"] });
 * @see https://platform.openai.com/docs/api-reference/vector-stores/create
 */
export function vectorStoresCreate(params: VectorStoreCreateParams, config?: Config): Promise<Result<VectorStore>> {
  return request({ method: "POST", path: "/vector_stores", params, config, beta: "assistants" });
}
