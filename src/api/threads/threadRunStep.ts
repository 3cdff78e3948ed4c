import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RunStep, RunStepRetrieveParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Retrieves one step of a run.
 *
 * @param threadId The thread.
 * @param runId The run.
 * @param stepId The step.
 * @param paramsOrConfig Optional query `{ include }` (sent as `include[]`), or the config when no params are given.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", RunStep, meta]` or `["error", e]`.
 * @example
 * const [status, step] = await threadRunStep("thread_abc123", "run_abc123", "step_abc123");
 * const include = ["step_details.tool_calls[*].file_search.results[*].content" as const];
 * const [, withContent] = await threadRunStep("thread_abc123", "run_abc123", "step_abc123", { include });
 * @see https://platform.openai.com/docs/api-reference/run-steps/getRunStep
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadRunStep(threadId: string, runId: string, stepId: string, config?: Config): Promise<Result<RunStep>>;
export function threadRunStep(threadId: string, runId: string, stepId: string, params?: RunStepRetrieveParams, config?: Config): Promise<Result<RunStep>>;
export function threadRunStep(
  threadId: string,
  runId: string,
  stepId: string,
  paramsOrConfig?: RunStepRetrieveParams | Config,
  config?: Config,
): Promise<Result<RunStep>> {
  // The config-only form predates params: an object of config keys alone is the config (prepare tells them apart).
  return request({
    method: "GET",
    path: "/threads/{threadId}/runs/{runId}/steps/{stepId}",
    ids: { threadId, runId, stepId },
    params: paramsOrConfig,
    paramsOptional: true,
    config,
    beta: "assistants",
  });
}
