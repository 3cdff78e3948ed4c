import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EvalRun } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Retrieves one run of an eval (poll it until `completed`, `failed` or `canceled`).
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param runId The run, e.g. `evalrun_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", EvalRun, meta]` or `["error", e]`.
 * @example
 * const [status, run] = await evalRun("eval_abc123", "evalrun_abc123");
 * if (status === "ok") console.log(run.status, run.result_counts);
 * @see https://platform.openai.com/docs/api-reference/evals/getRun
 */
export function evalRun(evalId: string, runId: string, config?: Config): Promise<Result<EvalRun>> {
  return request({ method: "GET", path: "/evals/{eval_id}/runs/{run_id}", ids: { eval_id: evalId, run_id: runId }, send: "none", config });
}
