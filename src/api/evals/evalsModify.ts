import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Eval, EvalModifyParams } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Renames an eval or replaces its metadata.
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param params `{ name?, metadata? }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Eval, meta]` or `["error", e]`.
 * @example
 * const [status, evaluation] = await evalsModify("eval_abc123", { name: "Ticket triage v2" });
 * @see https://platform.openai.com/docs/api-reference/evals/update
 */
export function evalsModify(evalId: string, params: EvalModifyParams, config?: Config): Promise<Result<Eval>> {
  return request({ method: "POST", path: "/evals/{eval_id}", ids: { eval_id: evalId }, params, config });
}
