import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Run, RunModifyParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Modifies a run's metadata.
 *
 * @param threadId The thread.
 * @param runId The run.
 * @param params `{ metadata }`.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", Run, meta]` (the updated run) or `["error", e]`.
 * @example
 * const [status, run] = await threadRunModify("thread_abc123", "run_abc123", { metadata: { key_3: "value 3" } });
 * @see https://platform.openai.com/docs/api-reference/runs/modifyRun
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadRunModify(threadId: string, runId: string, params: RunModifyParams, config?: Config): Promise<Result<Run>> {
  return request({ method: "POST", path: "/threads/{threadId}/runs/{runId}", ids: { threadId, runId }, params, config, beta: "assistants" });
}
