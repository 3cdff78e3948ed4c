import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { Thread, ThreadListParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Lists threads (an endpoint OpenAI never documented), or retrieves one when given its id.
 *
 * @param params Query params of the list form (`limit`, `order`, `after`, `before`), or a config alone.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { object: "list", data: Thread[], first_id, last_id, has_more }, meta]`, or
 *   `["ok", Thread, meta]` for the id form.
 * @example
 * const [status, page] = await threads({ limit: 2 });
 * const [, thread] = await threads("thread_abc123");
 * @see https://platform.openai.com/docs/api-reference/threads/getThread
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threads(params?: ThreadListParams | Config, config?: Config): Promise<Result<ListPage<Thread>>>;
/**
 * Retrieves a thread by id.
 *
 * @param threadId The thread, e.g. `thread_abc123`.
 * @param config Per-call config.
 * @returns `["ok", Thread, meta]` or `["error", e]`.
 * @example
 * const [status, thread] = await threads("thread_abc123");
 * @see https://platform.openai.com/docs/api-reference/threads/getThread
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversations` to retrieve
 *   a conversation, `conversationItems` for its history) instead.
 */
export function threads(threadId: string, config?: Config): Promise<Result<Thread>>;
export function threads(first?: string | ThreadListParams | Config, config?: Config): Promise<Result<ListPage<Thread> | Thread>> {
  if (typeof first === "string") {
    return request({ method: "GET", path: "/threads/{threadId}", ids: { threadId: first }, send: "none", config, beta: "assistants" });
  }
  return request({
    method: "GET",
    path: "/threads",
    params: first,
    idHint: `a thread id is a string such as "thread_abc123"`,
    paramsOptional: true,
    config,
    beta: "assistants",
  });
}
