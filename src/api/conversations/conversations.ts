import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Conversation } from "../../types/conversations";
import { request } from "../../_internal/request";

/**
 * Retrieves a conversation.
 *
 * @param conversationId The conversation, e.g. `conv_123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", conversation, meta]` (`{ id, object: "conversation", created_at, metadata }`) or `["error", e]`.
 * @example
 * const [status, conversation] = await conversations("conv_123");
 * @see https://platform.openai.com/docs/api-reference/conversations/retrieve
 */
export function conversations(conversationId: string, config?: Config): Promise<Result<Conversation>> {
  return request({ method: "GET", path: "/conversations/{conversation_id}", ids: { conversation_id: conversationId }, send: "none", config });
}
