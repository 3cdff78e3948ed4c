import type { Config } from "../../config";
import type { Result } from "../../result";
import type { GraderRunParams, GraderRunResult } from "../../types/graders";
import { request } from "../../_internal/request";

/**
 * Runs a grader on one model sample, to try it before using it in a reinforcement fine-tuning job.
 *
 * @param params `grader`, `model_sample` (plus the dataset `item?` its templates read).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { reward, metadata, sub_rewards, … }, meta]` or `["error", e]`.
 * @example
 * const [status, result] = await gradersRun({
 *   grader: { type: "string_check", name: "exact answer", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: "eq" },
 *   model_sample: "42",
 *   item: { answer: "42" },
 * });
 * if (status === "ok") console.log(result.reward);
 * @see https://platform.openai.com/docs/api-reference/graders/run
 */
export function gradersRun(params: GraderRunParams, config?: Config): Promise<Result<GraderRunResult>> {
  return request({ method: "POST", path: "/fine_tuning/alpha/graders/run", params, config });
}
