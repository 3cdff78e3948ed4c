import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ChatkitThread, ChatkitThreadList, ChatkitThreadListParams } from "../../types/chatkit";
import { chatkitRequest } from "../../_internal/chatkit";

/**
 * Lists ChatKit threads (optionally one user's), or retrieves one when given its id.
 *
 * @param params `{ user?, after?, before?, limit?, order? }` to filter and page the list (pass `{}` with a config).
 *   In the second form: the thread id to retrieve.
 * @param config Per-call config, merged over the defaults (sends `OpenAI-Beta: chatkit_beta=v1` unless `beta` is set).
 * @returns `["ok", { object: "list", data: ChatkitThread[], first_id, last_id, has_more }, meta]`, or `["ok", thread, meta]` for an id.
 * @example
 * const [status, page] = await chatkitThreads({ user: "user_42", limit: 20 });
 * const [, thread] = await chatkitThreads("cthr_abc123");
 * for await (const [, item] of paginate(chatkitThreads, { user: "user_42" })) console.log(item.title);
 * @see https://platform.openai.com/docs/api-reference/chatkit/threads/list
 */
export function chatkitThreads(params?: ChatkitThreadListParams | Config, config?: Config): Promise<Result<ChatkitThreadList>>;
export function chatkitThreads(threadId: string, config?: Config): Promise<Result<ChatkitThread>>;
export function chatkitThreads(first?: string | ChatkitThreadListParams | Config, config?: Config): Promise<Result<ChatkitThreadList | ChatkitThread>> {
  if (typeof first === "string")
    return chatkitRequest({ method: "GET", path: "/chatkit/threads/{thread_id}", ids: { thread_id: first }, send: "none", config });
  return chatkitRequest({ method: "GET", path: "/chatkit/threads", params: first, paramsOptional: true, config });
}
