import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FineTuningJob, FineTuningJobCreateParams } from "../../types/fineTuning";
import { request } from "../../_internal/request";

/**
 * Creates a fine-tuning job that trains a new model from a base model and an uploaded dataset.
 *
 * @param params `model` and `training_file` (plus `validation_file`, `suffix`, `method`, `seed`, `metadata`…).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", FineTuningJob, meta]` (usually `status: "validating_files"` or `"queued"`).
 * @example
 * const [status, job] = await fineTuningJobsCreate({ model: "gpt-4o-mini-2024-07-18", training_file: "file-abc123" });
 * if (status === "ok") console.log(job.id, job.status);
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/create
 */
export function fineTuningJobsCreate(params: FineTuningJobCreateParams, config?: Config): Promise<Result<FineTuningJob>> {
  return request({ method: "POST", path: "/fine_tuning/jobs", params, config });
}
