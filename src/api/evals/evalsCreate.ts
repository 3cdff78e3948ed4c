import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Eval, EvalCreateParams } from "../../types/evals";
import { request } from "../../_internal/request";

/**
 * Creates an eval: the shape of its data and the criteria its runs are graded by.
 *
 * @param params `data_source_config`, `testing_criteria` (plus `name?`, `metadata?`).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Eval, meta]` or `["error", e]`.
 * @example
 * const [status, evaluation] = await evalsCreate({
 *   name: "Ticket triage",
 *   data_source_config: { type: "custom", item_schema: { type: "object", properties: { ticket: { type: "string" }, label: { type: "string" } } }, include_sample_schema: true },
 *   testing_criteria: [{ type: "string_check", name: "label matches", input: "{{sample.output_text}}", reference: "{{item.label}}", operation: "eq" }],
 * });
 * if (status === "ok") console.log(evaluation.id);
 * @see https://platform.openai.com/docs/api-reference/evals/create
 */
export function evalsCreate(params: EvalCreateParams, config?: Config): Promise<Result<Eval>> {
  return request({ method: "POST", path: "/evals", params, config });
}
