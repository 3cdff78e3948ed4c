import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { Run, RunListParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Lists the runs of a thread.
 *
 * @param threadId The thread.
 * @param params Query: `limit`, `order`, `after`, `before`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { object: "list", data: Run[], first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await threadRuns("thread_abc123", { limit: 10 });
 * @see https://platform.openai.com/docs/api-reference/runs/listRuns
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadRuns(threadId: string, params?: RunListParams | Config, config?: Config): Promise<Result<ListPage<Run>>> {
  return request({ method: "GET", path: "/threads/{threadId}/runs", ids: { threadId }, params, paramsOptional: true, config, beta: "assistants" });
}
