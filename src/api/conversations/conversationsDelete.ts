import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ConversationDeleted } from "../../types/conversations";
import { request } from "../../_internal/request";

/**
 * Deletes a conversation (its items are not deleted).
 *
 * @param conversationId The conversation.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "conversation.deleted", deleted: true }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await conversationsDelete("conv_123");
 * @see https://platform.openai.com/docs/api-reference/conversations/delete
 */
export function conversationsDelete(conversationId: string, config?: Config): Promise<Result<ConversationDeleted>> {
  return request({ method: "DELETE", path: "/conversations/{conversation_id}", ids: { conversation_id: conversationId }, send: "none", config });
}
