import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ConversationItemList, ConversationItemsCreateParams } from "../../types/conversations";
import { request } from "../../_internal/request";

/**
 * Adds up to 20 items to a conversation.
 *
 * @param conversationId The conversation.
 * @param params `{ items, include? }`: `items` go in the JSON body, `include` in the query string.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: ConversationItem[], ... }, meta]` (the created items) or `["error", e]`.
 * @example
 * const [status, created] = await conversationItemsCreate("conv_123", {
 *   items: [{ type: "message", role: "user", content: [{ type: "input_text", text: "Hello!" }] }],
 * });
 * @see https://platform.openai.com/docs/api-reference/conversations/create-items
 */
export function conversationItemsCreate(conversationId: string, params: ConversationItemsCreateParams, config?: Config): Promise<Result<ConversationItemList>> {
  return request({
    method: "POST",
    path: "/conversations/{conversation_id}/items",
    ids: { conversation_id: conversationId },
    params,
    queryKeys: ["include"],
    config,
  });
}
