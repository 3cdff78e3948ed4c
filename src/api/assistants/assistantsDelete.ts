import type { Config } from "../../config";
import type { Result } from "../../result";
import type { DeletedObject } from "../../types/common";
import { request } from "../../_internal/request";

/**
 * Deletes an assistant.
 *
 * @param assistantId The assistant to delete.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { id, object: "assistant.deleted", deleted: true }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await assistantsDelete("asst_abc123");
 * @see https://platform.openai.com/docs/api-reference/assistants/deleteAssistant
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function assistantsDelete(assistantId: string, config?: Config): Promise<Result<DeletedObject>> {
  return request({ method: "DELETE", path: "/assistants/{assistantId}", ids: { assistantId }, send: "none", config, beta: "assistants" });
}
