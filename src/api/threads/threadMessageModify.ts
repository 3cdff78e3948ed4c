import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ThreadMessage, ThreadMessageModifyParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Modifies a message's metadata.
 *
 * @param threadId The thread.
 * @param messageId The message.
 * @param params `{ metadata }`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", ThreadMessage, meta]` (the updated message) or `["error", e]`.
 * @example
 * const [status, message] = await threadMessageModify("thread_abc123", "msg_abc123", { metadata: { key_3: "value 3" } });
 * @see https://platform.openai.com/docs/api-reference/messages/modifyMessage
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadMessageModify(threadId: string, messageId: string, params: ThreadMessageModifyParams, config?: Config): Promise<Result<ThreadMessage>> {
  return request({ method: "POST", path: "/threads/{threadId}/messages/{messageId}", ids: { threadId, messageId }, params, config, beta: "assistants" });
}
