import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { RunStep, RunStepListParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Lists the steps of a run.
 *
 * @param threadId The thread.
 * @param runId The run.
 * @param params Query: `limit`, `order`, `after`, `before`, `include` (sent as `include[]`; the literal
 *   `"include[]"` name still works).
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { object: "list", data: RunStep[], first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await threadRunSteps("thread_abc123", "run_abc123", { order: "asc" });
 * const [, withContent] = await threadRunSteps("thread_abc123", "run_abc123", { include: ["step_details.tool_calls[*].file_search.results[*].content"] });
 * @see https://platform.openai.com/docs/api-reference/run-steps/listRunSteps
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadRunSteps(threadId: string, runId: string, params?: RunStepListParams | Config, config?: Config): Promise<Result<ListPage<RunStep>>> {
  return request({
    method: "GET",
    path: "/threads/{threadId}/runs/{runId}/steps",
    ids: { threadId, runId },
    params,
    paramsOptional: true,
    config,
    beta: "assistants",
  });
}
