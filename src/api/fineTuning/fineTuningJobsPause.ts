import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FineTuningJob } from "../../types/fineTuning";
import { request } from "../../_internal/request";

/**
 * Pauses a running fine-tuning job (the request has no body); `fineTuningJobsResume` picks it up again.
 *
 * @param jobId The job to pause, e.g. `ftjob-abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", FineTuningJob, meta]` or `["error", e]`.
 * @example
 * const [status, job] = await fineTuningJobsPause("ftjob-abc123");
 * if (status === "ok") console.log(job.status);
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/pause
 */
export function fineTuningJobsPause(jobId: string, config?: Config): Promise<Result<FineTuningJob>> {
  return request({ method: "POST", path: "/fine_tuning/jobs/{fine_tuning_job_id}/pause", ids: { fine_tuning_job_id: jobId }, send: "none", config });
}
