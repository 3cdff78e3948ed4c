import type { Config } from "../../config";
import type { Result } from "../../result";
import type { DeletedObject } from "../../types/common";
import { request } from "../../_internal/request";

/**
 * Detaches a file from an assistant (assistants v1); the File itself is kept.
 *
 * @param assistantId The assistant.
 * @param fileId The attached file.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { id, object: "assistant.file.deleted", deleted: true }, meta]`.
 * @example
 * const [status, deleted] = await assistantFileDelete("asst_abc123", "file-abc123");
 * @see https://platform.openai.com/docs/api-reference/assistants/deleteAssistantFile
 * @deprecated Assistants v1 endpoint, retired by OpenAI (it still works against a server that has it).
 *   In v2, remove the file from the vector store of `tool_resources.file_search` (`vectorStoreFileDelete`). The whole Assistants API is deprecated in favour of
 *   `responsesCreate` and the Conversations functions.
 */
export function assistantFileDelete(assistantId: string, fileId: string, config?: Config): Promise<Result<DeletedObject>> {
  return request({
    method: "DELETE",
    path: "/assistants/{assistantId}/files/{fileId}",
    ids: { assistantId, fileId },
    send: "none",
    config,
    beta: "assistants",
  });
}
