import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EvalRunOutputItemList, EvalRunOutputItemListParams } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Lists the graded samples of a run.
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param runId The run, e.g. `evalrun_abc123`.
 * @param params `{ after?, limit?, order?, status?: "pass" | "fail" }` (pass `{}` with a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: EvalRunOutputItem[], first_id, last_id, has_more }, meta]` or `["error", e]`.
 * @example
 * const [status, page] = await evalRunOutputItems("eval_abc123", "evalrun_abc123", { status: "fail" });
 * if (status === "ok") for (const item of page.data) console.log(item.datasource_item, item.results);
 * @see https://platform.openai.com/docs/api-reference/evals/getRunOutputItems
 */
export function evalRunOutputItems(
  evalId: string,
  runId: string,
  params?: EvalRunOutputItemListParams | Config,
  config?: Config,
): Promise<Result<EvalRunOutputItemList>> {
  return request({
    method: "GET",
    path: "/evals/{eval_id}/runs/{run_id}/output_items",
    ids: { eval_id: evalId, run_id: runId },
    params,
    paramsOptional: true,
    config,
  });
}
