import type { Config } from "../../config";
import type { Result } from "../../result";
import type { DeletedObject } from "../../types/common";
import { request } from "../../_internal/request";

/**
 * Deletes a message of a thread (assistants v2).
 *
 * @param threadId The thread.
 * @param messageId The message to delete.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { id, object: "thread.message.deleted", deleted: true }, meta]`.
 * @example
 * const [status, deleted] = await threadMessageDelete("thread_abc123", "msg_abc123");
 * @see https://platform.openai.com/docs/api-reference/messages/deleteMessage
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadMessageDelete(threadId: string, messageId: string, config?: Config): Promise<Result<DeletedObject>> {
  return request({
    method: "DELETE",
    path: "/threads/{threadId}/messages/{messageId}",
    ids: { threadId, messageId },
    send: "none",
    config,
    beta: "assistants",
  });
}
