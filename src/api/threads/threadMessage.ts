import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ThreadMessage } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Retrieves one message of a thread.
 *
 * @param threadId The thread.
 * @param messageId The message.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", ThreadMessage, meta]` or `["error", e]`.
 * @example
 * const [status, message] = await threadMessage("thread_abc123", "msg_abc123");
 * @see https://platform.openai.com/docs/api-reference/messages/getMessage
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadMessage(threadId: string, messageId: string, config?: Config): Promise<Result<ThreadMessage>> {
  return request({ method: "GET", path: "/threads/{threadId}/messages/{messageId}", ids: { threadId, messageId }, send: "none", config, beta: "assistants" });
}
