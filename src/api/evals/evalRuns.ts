import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EvalRunList, EvalRunListParams } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Lists the runs of an eval.
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param params `{ after?, limit?, order?, status? }` (pass `{}` with a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: EvalRun[], first_id, last_id, has_more }, meta]` or `["error", e]`.
 * @example
 * const [status, page] = await evalRuns("eval_abc123", { status: "completed" });
 * for await (const [, run] of paginate(evalRuns, "eval_abc123", { limit: 100 })) console.log(run.id);
 * @see https://platform.openai.com/docs/api-reference/evals/getRuns
 */
export function evalRuns(evalId: string, params?: EvalRunListParams | Config, config?: Config): Promise<Result<EvalRunList>> {
  return request({ method: "GET", path: "/evals/{eval_id}/runs", ids: { eval_id: evalId }, params, paramsOptional: true, config });
}
