import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Conversation, ConversationModifyParams } from "../../types/conversations";
import { request } from "../../_internal/request";

/**
 * Replaces a conversation's metadata.
 *
 * @param conversationId The conversation.
 * @param params `{ metadata }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", conversation, meta]` or `["error", e]`.
 * @example
 * const [status, conversation] = await conversationsModify("conv_123", { metadata: { topic: "project-x" } });
 * @see https://platform.openai.com/docs/api-reference/conversations/update
 */
export function conversationsModify(conversationId: string, params: ConversationModifyParams, config?: Config): Promise<Result<Conversation>> {
  return request({ method: "POST", path: "/conversations/{conversation_id}", ids: { conversation_id: conversationId }, params, config });
}
