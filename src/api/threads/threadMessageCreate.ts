import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ThreadMessage, ThreadMessageCreateParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Adds a message to a thread.
 *
 * @param threadId The thread.
 * @param params `role`, `content` (text or parts), `attachments`, `metadata`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", ThreadMessage, meta]` or `["error", e]`.
 * @example
 * const [status, message] = await threadMessageCreate("thread_abc123", { role: "user", content: "Hello, what is AI?" });
 * @see https://platform.openai.com/docs/api-reference/messages/createMessage
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadMessageCreate(threadId: string, params: ThreadMessageCreateParams, config?: Config): Promise<Result<ThreadMessage>> {
  return request({ method: "POST", path: "/threads/{threadId}/messages", ids: { threadId }, params, config, beta: "assistants" });
}
