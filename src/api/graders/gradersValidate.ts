import type { Config } from "../../config";
import type { Result } from "../../result";
import type { GraderValidateParams, GraderValidateResult } from "../../types/graders";
import { request } from "../../_internal/request";

/**
 * Checks that a grader is well-formed, without running it.
 *
 * @param params `{ grader }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { grader }, meta]` for a valid grader, an `api` error (400) for an invalid one.
 * @example
 * const [status, result] = await gradersValidate({
 *   grader: { type: "text_similarity", name: "close enough", input: "{{sample.output_text}}", reference: "{{item.answer}}", evaluation_metric: "fuzzy_match" },
 * });
 * @see https://platform.openai.com/docs/api-reference/graders/validate
 */
export function gradersValidate(params: GraderValidateParams, config?: Config): Promise<Result<GraderValidateResult>> {
  return request({ method: "POST", path: "/fine_tuning/alpha/graders/validate", params, config });
}
