import type { Config } from "../../config";
import type { Result } from "../../result";
import type { DeletedObject } from "../../types/common";
import { request } from "../../_internal/request";

/**
 * Deletes a thread.
 *
 * @param threadId The thread to delete.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { id, object: "thread.deleted", deleted: true }, meta]`.
 * @example
 * const [status, deleted] = await threadsDelete("thread_abc123");
 * @see https://platform.openai.com/docs/api-reference/threads/deleteThread
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadsDelete(threadId: string, config?: Config): Promise<Result<DeletedObject>> {
  return request({ method: "DELETE", path: "/threads/{threadId}", ids: { threadId }, send: "none", config, beta: "assistants" });
}
