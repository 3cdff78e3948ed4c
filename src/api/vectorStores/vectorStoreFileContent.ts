import type { Config } from "../../config";
import type { Result } from "../../result";
import type { VectorStoreFileContent } from "../../types/vectorStores";
import { request } from "../../_internal/request";

/**
 * Retrieves the parsed text of a vector store file.
 *
 * @param vectorStoreId The vector store, e.g. `vs_abc123`.
 * @param fileId The file, e.g. `file-abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "vector_store.file_content.page", data: [{ type, text }], has_more, next_page }, meta]` or `["error", e]`.
 * @example
 * const [status, content] = await vectorStoreFileContent("vs_abc123", "file-abc123");
 * @see https://platform.openai.com/docs/api-reference/vector-stores-files/getContent
 */
export function vectorStoreFileContent(vectorStoreId: string, fileId: string, config?: Config): Promise<Result<VectorStoreFileContent>> {
  return request({
    method: "GET",
    path: "/vector_stores/{vector_store_id}/files/{file_id}/content",
    ids: { vector_store_id: vectorStoreId, file_id: fileId },
    send: "none",
    config,
    beta: "assistants",
  });
}
