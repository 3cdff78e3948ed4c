import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Thread, ThreadModifyParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Modifies a thread's metadata or tool resources.
 *
 * @param threadId The thread.
 * @param params `metadata`, `tool_resources`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", Thread, meta]` (the updated thread) or `["error", e]`.
 * @example
 * const [status, thread] = await threadsModify("thread_abc123", { metadata: { key_3: "value 3" } });
 * @see https://platform.openai.com/docs/api-reference/threads/modifyThread
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadsModify(threadId: string, params: ThreadModifyParams, config?: Config): Promise<Result<Thread>> {
  return request({ method: "POST", path: "/threads/{threadId}", ids: { threadId }, params, config, beta: "assistants" });
}
