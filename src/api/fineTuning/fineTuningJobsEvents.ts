import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FineTuningJobEventList, FineTuningListParams } from "../../types/fineTuning";
import { request } from "../../_internal/request";

/**
 * Lists the status events of a fine-tuning job (log lines and metrics).
 *
 * @param jobId The job, e.g. `ftjob-abc123`.
 * @param params `{ after?, limit? }` to page through the events (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: FineTuningJobEvent[], has_more }, meta]`.
 * @example
 * const [status, page] = await fineTuningJobsEvents("ftjob-abc123", { limit: 5 });
 * if (status === "ok") for (const event of page.data) console.log(event.level, event.message);
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/list-events
 */
export function fineTuningJobsEvents(jobId: string, params?: FineTuningListParams | Config, config?: Config): Promise<Result<FineTuningJobEventList>> {
  return request({
    method: "GET",
    path: "/fine_tuning/jobs/{fine_tuning_job_id}/events",
    ids: { fine_tuning_job_id: jobId },
    params,
    paramsOptional: true,
    config,
  });
}
