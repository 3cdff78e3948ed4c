import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FineTuningJobCheckpointList, FineTuningListParams } from "../../types/fineTuning";
import { request } from "../../_internal/request";

/**
 * Lists the checkpoints saved during a fine-tuning job (usable as models).
 *
 * @param jobId The job, e.g. `ftjob-abc123`.
 * @param params `{ after?, limit? }` to page through the checkpoints (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: FineTuningJobCheckpoint[], has_more }, meta]`.
 * @example
 * const [status, page] = await fineTuningJobsCheckpoints("ftjob-abc123");
 * if (status === "ok") console.log(page.data.map((c) => c.fine_tuned_model_checkpoint));
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/list-checkpoints
 */
export function fineTuningJobsCheckpoints(
  jobId: string,
  params?: FineTuningListParams | Config,
  config?: Config,
): Promise<Result<FineTuningJobCheckpointList>> {
  return request({
    method: "GET",
    path: "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
    ids: { fine_tuning_job_id: jobId },
    params,
    paramsOptional: true,
    config,
  });
}
