import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ChatkitThreadDeleted } from "../../types/chatkit";
import { chatkitRequest } from "../../_internal/chatkit";

/**
 * Deletes a ChatKit thread and its items.
 *
 * @param threadId The thread, e.g. `cthr_abc123`.
 * @param config Per-call config, merged over the defaults (sends `OpenAI-Beta: chatkit_beta=v1` unless `beta` is set).
 * @returns `["ok", { id, object: "chatkit.thread.deleted", deleted: true }, meta]`.
 * @example
 * const [status, deleted] = await chatkitThreadsDelete("cthr_abc123");
 * @see https://platform.openai.com/docs/api-reference/chatkit/threads/delete
 */
export function chatkitThreadsDelete(threadId: string, config?: Config): Promise<Result<ChatkitThreadDeleted>> {
  return chatkitRequest({ method: "DELETE", path: "/chatkit/threads/{thread_id}", ids: { thread_id: threadId }, send: "none", config });
}
