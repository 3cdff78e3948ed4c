import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Conversation } from "../../types/conversations";
import { request } from "../../_internal/request";

/**
 * Deletes an item from a conversation.
 *
 * @param conversationId The conversation.
 * @param itemId The item to delete.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", conversation, meta]` (the conversation the item was removed from) or `["error", e]`.
 * @example
 * const [status, conversation] = await conversationItemDelete("conv_123", "msg_abc");
 * @see https://platform.openai.com/docs/api-reference/conversations/delete-item
 */
export function conversationItemDelete(conversationId: string, itemId: string, config?: Config): Promise<Result<Conversation>> {
  return request({
    method: "DELETE",
    path: "/conversations/{conversation_id}/items/{item_id}",
    ids: { conversation_id: conversationId, item_id: itemId },
    send: "none",
    config,
  });
}
