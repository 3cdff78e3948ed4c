import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EvalRunOutputItem } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Retrieves one graded sample of a run.
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param runId The run, e.g. `evalrun_abc123`.
 * @param outputItemId The output item, e.g. `outputitem_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", EvalRunOutputItem, meta]` or `["error", e]`.
 * @example
 * const [status, item] = await evalRunOutputItem("eval_abc123", "evalrun_abc123", "outputitem_abc123");
 * @see https://platform.openai.com/docs/api-reference/evals/getRunOutputItem
 */
export function evalRunOutputItem(evalId: string, runId: string, outputItemId: string, config?: Config): Promise<Result<EvalRunOutputItem>> {
  const ids = { eval_id: evalId, run_id: runId, output_item_id: outputItemId };
  return request({ method: "GET", path: "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}", ids, send: "none", config });
}
