import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Assistant, AssistantModifyParams } from "../../types/assistants";
import { request } from "../../_internal/request";

/**
 * Modifies an assistant.
 *
 * @param assistantId The assistant to modify.
 * @param params The fields to change (`model`, `name`, `instructions`, `tools`, `metadata`…).
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", Assistant, meta]` (the updated assistant) or `["error", e]`.
 * @example
 * const [status, assistant] = await assistantsModify("asst_abc123", { name: "My upgraded assistant" });
 * @see https://platform.openai.com/docs/api-reference/assistants/modifyAssistant
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function assistantsModify(assistantId: string, params: AssistantModifyParams, config?: Config): Promise<Result<Assistant>> {
  return request({ method: "POST", path: "/assistants/{assistantId}", ids: { assistantId }, params, config, beta: "assistants" });
}
