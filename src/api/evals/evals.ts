import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Eval, EvalList, EvalListParams } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Lists your evals, or retrieves one when given its id.
 *
 * @param params `{ after?, limit?, order?, order_by? }` to page through the list (pass `{}` with a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: Eval[], first_id, last_id, has_more }, meta]`, or `["ok", eval, meta]` for an id.
 * @example
 * const [status, page] = await evals({ limit: 10, order: "desc" });
 * const [, evaluation] = await evals("eval_abc123");
 * @see https://platform.openai.com/docs/api-reference/evals/list
 */
export function evals(params?: EvalListParams | Config, config?: Config): Promise<Result<EvalList>>;
/**
 * Retrieves an eval.
 *
 * @param evalId The eval, e.g. `eval_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Eval, meta]` or `["error", e]`.
 * @example
 * const [status, evaluation] = await evals("eval_abc123");
 * @see https://platform.openai.com/docs/api-reference/evals/get
 */
export function evals(evalId: string, config?: Config): Promise<Result<Eval>>;
export function evals(first?: string | EvalListParams | Config, config?: Config): Promise<Result<EvalList | Eval>> {
  if (typeof first === "string") return request({ method: "GET", path: "/evals/{eval_id}", ids: { eval_id: first }, send: "none", config });
  return request({ method: "GET", path: "/evals", params: first, paramsOptional: true, config });
}
