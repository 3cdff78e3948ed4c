import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ChatkitThreadItemList, ChatkitThreadItemListParams } from "../../types/chatkit";
import { chatkitRequest } from "../../_internal/chatkit";

/**
 * Lists the items of a ChatKit thread (messages, widgets, tasks...).
 *
 * @param threadId The thread, e.g. `cthr_abc123`.
 * @param params `{ after?, before?, limit?, order? }` to page through the items (pass `{}` with a config).
 * @param config Per-call config, merged over the defaults (sends `OpenAI-Beta: chatkit_beta=v1` unless `beta` is set).
 * @returns `["ok", { object: "list", data: ChatkitThreadItem[], first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await chatkitThreadItems("cthr_abc123", { order: "asc" });
 * for await (const [, item] of paginate(chatkitThreadItems, "cthr_abc123")) console.log(item.type);
 * @see https://platform.openai.com/docs/api-reference/chatkit/threads/list-items
 */
export function chatkitThreadItems(threadId: string, params?: ChatkitThreadItemListParams | Config, config?: Config): Promise<Result<ChatkitThreadItemList>> {
  return chatkitRequest({
    method: "GET",
    path: "/chatkit/threads/{thread_id}/items",
    ids: { thread_id: threadId },
    params,
    paramsOptional: true,
    config,
  });
}
