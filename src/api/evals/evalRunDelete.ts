import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EvalRunDeleted } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Deletes a run of an eval.
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param runId The run, e.g. `evalrun_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "eval.run.deleted", deleted: true, run_id }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await evalRunDelete("eval_abc123", "evalrun_abc123");
 * @see https://platform.openai.com/docs/api-reference/evals/deleteRun
 */
export function evalRunDelete(evalId: string, runId: string, config?: Config): Promise<Result<EvalRunDeleted>> {
  return request({ method: "DELETE", path: "/evals/{eval_id}/runs/{run_id}", ids: { eval_id: evalId, run_id: runId }, send: "none", config });
}
