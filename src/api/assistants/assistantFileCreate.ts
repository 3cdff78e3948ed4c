import type { Config } from "../../config";
import type { Result } from "../../result";
import type { AssistantFile, AssistantFileCreateParams } from "../../types/assistants";
import { request } from "../../_internal/request";

/**
 * Attaches an uploaded file to an assistant (assistants v1).
 *
 * @param assistantId The assistant.
 * @param params `{ file_id }`: a File uploaded with `purpose: "assistants"`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { id, object: "assistant.file", created_at, assistant_id }, meta]`.
 * @example
 * const [status, file] = await assistantFileCreate("asst_abc123", { file_id: "file-abc123" });
 * @see https://platform.openai.com/docs/api-reference/assistants/createAssistantFile
 * @deprecated Assistants v1 endpoint, retired by OpenAI (it still works against a server that has it).
 *   In v2, put the file in a vector store (`vectorStoreFileCreate`) named in `tool_resources.file_search`. The whole Assistants API is deprecated in favour of
 *   `responsesCreate` and the Conversations functions.
 */
export function assistantFileCreate(assistantId: string, params: AssistantFileCreateParams, config?: Config): Promise<Result<AssistantFile>> {
  return request({ method: "POST", path: "/assistants/{assistantId}/files", ids: { assistantId }, params, config, beta: "assistants" });
}
