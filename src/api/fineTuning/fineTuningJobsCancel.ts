import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FineTuningJob } from "../../types/fineTuning";
import { request } from "../../_internal/request";

/**
 * Cancels a fine-tuning job that is still running (the request has no body).
 *
 * @param jobId The job to cancel, e.g. `ftjob-abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", FineTuningJob, meta]` with `status: "cancelled"`.
 * @example
 * const [status, job] = await fineTuningJobsCancel("ftjob-abc123");
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/cancel
 */
export function fineTuningJobsCancel(jobId: string, config?: Config): Promise<Result<FineTuningJob>> {
  return request({ method: "POST", path: "/fine_tuning/jobs/{fine_tuning_job_id}/cancel", ids: { fine_tuning_job_id: jobId }, send: "none", config });
}
