import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EvalDeleted } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Deletes an eval and its runs.
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "eval.deleted", deleted: true, eval_id }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await evalsDelete("eval_abc123");
 * @see https://platform.openai.com/docs/api-reference/evals/delete
 */
export function evalsDelete(evalId: string, config?: Config): Promise<Result<EvalDeleted>> {
  return request({ method: "DELETE", path: "/evals/{eval_id}", ids: { eval_id: evalId }, send: "none", config });
}
