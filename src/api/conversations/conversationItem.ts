import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ConversationItem, ConversationItemParams } from "../../types/conversations";
import { request } from "../../_internal/request";

/**
 * Retrieves one item of a conversation.
 *
 * @param conversationId The conversation.
 * @param itemId The item, e.g. `msg_abc`.
 * @param params Optional query: `include` (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", item, meta]` (a message, tool call... told apart by `type`) or `["error", e]`.
 * @example
 * const [status, item] = await conversationItem("conv_123", "msg_abc", { include: ["message.output_text.logprobs"] });
 * @see https://platform.openai.com/docs/api-reference/conversations/retrieve-item
 */
export function conversationItem(
  conversationId: string,
  itemId: string,
  params?: ConversationItemParams | Config,
  config?: Config,
): Promise<Result<ConversationItem>> {
  return request({
    method: "GET",
    path: "/conversations/{conversation_id}/items/{item_id}",
    ids: { conversation_id: conversationId, item_id: itemId },
    params,
    paramsOptional: true,
    config,
  });
}
