import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { FineTune } from "../../types/finetunes";
import { request } from "../../_internal/request";

/**
 * Lists your organization's legacy fine-tunes, or retrieves one when given its id.
 *
 * @deprecated OpenAI retired `/fine-tunes`: use `fineTuningJobs` instead.
 * @param fineTuneId The fine-tune to retrieve (omit to list).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: FineTune[] }, meta]` or `["ok", FineTune, meta]`.
 * @example
 * const [status, list] = await finetunes();
 * const [, fineTune] = await finetunes("ft-AF1WoRqd3aJAHsqc9NY7iL8F");
 * @see https://platform.openai.com/docs/api-reference/fine-tunes/list
 */
export function finetunes(config?: Config): Promise<Result<ListPage<FineTune>>>;
/** @deprecated OpenAI retired `/fine-tunes`: use `fineTuningJobs(jobId)` instead. */
export function finetunes(fineTuneId: string, config?: Config): Promise<Result<FineTune>>;
export function finetunes(first?: string | Config, config?: Config): Promise<Result<ListPage<FineTune> | FineTune>> {
  if (typeof first === "string") return request({ method: "GET", path: "/fine-tunes/{fine_tune_id}", ids: { fine_tune_id: first }, send: "none", config });
  return request({ method: "GET", path: "/fine-tunes", send: "none", config: first ?? config });
}
