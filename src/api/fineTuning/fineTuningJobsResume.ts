import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FineTuningJob } from "../../types/fineTuning";
import { request } from "../../_internal/request";

/**
 * Resumes a paused fine-tuning job (the request has no body).
 *
 * @param jobId The job to resume, e.g. `ftjob-abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", FineTuningJob, meta]` or `["error", e]`.
 * @example
 * const [status, job] = await fineTuningJobsResume("ftjob-abc123");
 * if (status === "ok") console.log(job.status);
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/resume
 */
export function fineTuningJobsResume(jobId: string, config?: Config): Promise<Result<FineTuningJob>> {
  return request({ method: "POST", path: "/fine_tuning/jobs/{fine_tuning_job_id}/resume", ids: { fine_tuning_job_id: jobId }, send: "none", config });
}
