import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStoreFile, VectorStoreFileCreateParams } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Attaches an uploaded File to a vector store, which then chunks and embeds it.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param params `file_id`, and optional `chunking_strategy` and `attributes`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", vectorStoreFile, meta]` or `["error", e]`.
 * @example
 * const [status, file] = await vectorStoreFileCreate("vs_abc123", { file_id: "file-abc123", attributes: { author: "Jane" } });
 * @see https://platform.openai.com/docs/api-reference/vector-stores-files/createFile
 */
export function vectorStoreFileCreate(vectorStoreId: string, params: VectorStoreFileCreateParams, config?: Config): Promise<Result<VectorStoreFile>> {
  return request({
    method: "POST",
    path: "/vector_stores/{vector_store_id}/files",
    ids: { vector_store_id: vectorStoreId },
    params,
    config,
    beta: "assistants",
  });
}
