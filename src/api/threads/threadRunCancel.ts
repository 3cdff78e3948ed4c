import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Run } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Cancels a run that is `in_progress`; sends no body.
 *
 * @param threadId The thread.
 * @param runId The run.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", Run, meta]` (status `cancelling`) or `["error", e]`.
 * @example
 * const [status, run] = await threadRunCancel("thread_abc123", "run_abc123");
 * @see https://platform.openai.com/docs/api-reference/runs/cancelRun
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadRunCancel(threadId: string, runId: string, config?: Config): Promise<Result<Run>> {
  return request({ method: "POST", path: "/threads/{threadId}/runs/{runId}/cancel", ids: { threadId, runId }, send: "none", config, beta: "assistants" });
}
