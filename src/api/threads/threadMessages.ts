import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { ThreadMessage, ThreadMessageListParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Lists the messages of a thread.
 *
 * @param threadId The thread.
 * @param params Query: `limit`, `order`, `after`, `before`, `run_id`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { object: "list", data: ThreadMessage[], first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await threadMessages("thread_abc123", { order: "asc", limit: 50 });
 * @see https://platform.openai.com/docs/api-reference/messages/listMessages
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadMessages(threadId: string, params?: ThreadMessageListParams | Config, config?: Config): Promise<Result<ListPage<ThreadMessage>>> {
  return request({ method: "GET", path: "/threads/{threadId}/messages", ids: { threadId }, params, paramsOptional: true, config, beta: "assistants" });
}
