import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { AssistantFile, AssistantListParams } from "../../types/assistants";
import { request } from "../../_internal/request";

/**
 * Lists the files attached to an assistant (assistants v1).
 *
 * @param assistantId The assistant.
 * @param params Query: `limit`, `order`, `after`, `before`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { object: "list", data: AssistantFile[], first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await assistantFiles("asst_abc123", { order: "desc" });
 * @see https://platform.openai.com/docs/api-reference/assistants/listAssistantFiles
 * @deprecated Assistants v1 endpoint, retired by OpenAI (it still works against a server that has it).
 *   In v2, attach files through `tool_resources.file_search` (vector stores, see `vectorStoreFiles`). The whole Assistants API is deprecated in favour of
 *   `responsesCreate` and the Conversations functions.
 */
export function assistantFiles(assistantId: string, params?: AssistantListParams | Config, config?: Config): Promise<Result<ListPage<AssistantFile>>> {
  return request({ method: "GET", path: "/assistants/{assistantId}/files", ids: { assistantId }, params, paramsOptional: true, config, beta: "assistants" });
}
