import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FineTuningJob, FineTuningJobList, FineTuningListParams } from "../../types/fineTuning";
import { request } from "../../_internal/request";

/**
 * Lists your fine-tuning jobs (newest first), or retrieves one when given its id.
 *
 * @param params `{ after?, limit? }` to page through the list (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: FineTuningJob[], has_more }, meta]`, or `["ok", job, meta]` for an id.
 * @example
 * const [status, page] = await fineTuningJobs({ limit: 10 });
 * const [, job] = await fineTuningJobs("ftjob-abc123");
 * for await (const [kind, item] of paginate(fineTuningJobs, { limit: 50 })) if (kind === "ok") console.log(item.id);
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/list
 */
export function fineTuningJobs(params?: FineTuningListParams | Config, config?: Config): Promise<Result<FineTuningJobList>>;
export function fineTuningJobs(jobId: string, config?: Config): Promise<Result<FineTuningJob>>;
export function fineTuningJobs(first?: string | FineTuningListParams | Config, config?: Config): Promise<Result<FineTuningJobList | FineTuningJob>> {
  if (typeof first === "string") {
    return request({ method: "GET", path: "/fine_tuning/jobs/{fine_tuning_job_id}", ids: { fine_tuning_job_id: first }, send: "none", config });
  }
  return request({
    method: "GET",
    path: "/fine_tuning/jobs",
    params: first,
    idHint: `a fine-tuning job id is a string such as "ftjob-abc123"`,
    paramsOptional: true,
    config,
  });
}
