import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RunStep } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Retrieves one step of a run.
 *
 * @param threadId The thread.
 * @param runId The run.
 * @param stepId The step.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", RunStep, meta]` or `["error", e]`.
 * @example
 * const [status, step] = await threadRunStep("thread_abc123", "run_abc123", "step_abc123");
 * @see https://platform.openai.com/docs/api-reference/run-steps/getRunStep
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadRunStep(threadId: string, runId: string, stepId: string, config?: Config): Promise<Result<RunStep>> {
  return request({ method: "GET", path: "/threads/{threadId}/runs/{runId}/steps/{stepId}", ids: { threadId, runId, stepId }, send: "none", config, beta: true });
}
