import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EvalRun } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Cancels a run that is still going (the request has no body).
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param runId The run, e.g. `evalrun_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", EvalRun, meta]` with `status: "canceled"`.
 * @example
 * const [status, run] = await evalRunCancel("eval_abc123", "evalrun_abc123");
 * @see https://platform.openai.com/docs/api-reference/evals/cancelRun
 */
export function evalRunCancel(evalId: string, runId: string, config?: Config): Promise<Result<EvalRun>> {
  // The spec cancels with a bare POST on the run itself, not on a /cancel sub-path.
  return request({ method: "POST", path: "/evals/{eval_id}/runs/{run_id}", ids: { eval_id: evalId, run_id: runId }, send: "none", config });
}
