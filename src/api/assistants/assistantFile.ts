import type { Config } from "../../config";
import type { Result } from "../../result";
import type { AssistantFile } from "../../types/assistants";
import { request } from "../../_internal/request";

/**
 * Retrieves one file attached to an assistant (assistants v1).
 *
 * @param assistantId The assistant.
 * @param fileId The attached file.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { id, object: "assistant.file", created_at, assistant_id }, meta]`.
 * @example
 * const [status, file] = await assistantFile("asst_abc123", "file-abc123");
 * @see https://platform.openai.com/docs/api-reference/assistants/getAssistantFile
 * @deprecated Assistants v1 endpoint, retired by OpenAI (it still works against a server that has it).
 *   In v2, attach files through `tool_resources.file_search` (vector stores, see `vectorStoreFile`). The whole Assistants API is deprecated in favour of
 *   `responsesCreate` and the Conversations functions.
 */
export function assistantFile(assistantId: string, fileId: string, config?: Config): Promise<Result<AssistantFile>> {
  return request({ method: "GET", path: "/assistants/{assistantId}/files/{fileId}", ids: { assistantId, fileId }, send: "none", config, beta: "assistants" });
}
