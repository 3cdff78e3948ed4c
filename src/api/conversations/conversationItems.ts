import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ConversationItemList, ConversationItemsListParams } from "../../types/conversations";
import { request } from "../../_internal/request";

/**
 * Lists a conversation's items, newest first unless `order: "asc"`.
 *
 * @param conversationId The conversation.
 * @param params Optional query: `limit`, `order`, `after`, `include` (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: ConversationItem[], first_id, last_id, has_more }, meta]` or `["error", e]`.
 * @example
 * const [status, page] = await conversationItems("conv_123", { limit: 10, order: "asc" });
 * @see https://platform.openai.com/docs/api-reference/conversations/list-items
 */
export function conversationItems(
  conversationId: string,
  params?: ConversationItemsListParams | Config,
  config?: Config,
): Promise<Result<ConversationItemList>> {
  return request({
    method: "GET",
    path: "/conversations/{conversation_id}/items",
    ids: { conversation_id: conversationId },
    params,
    paramsOptional: true,
    config,
  });
}
