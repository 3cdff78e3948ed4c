import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FineTune } from "../../types/finetunes";
import { request } from "../../_internal/request";

/**
 * Cancels a legacy fine-tune job; sends no body (the spec declares none; openai.ex sent `{}`).
 *
 * @deprecated OpenAI retired `/fine-tunes`: use `fineTuningJobsCancel` instead.
 * @param fineTuneId The fine-tune to cancel.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "fine-tune", status: "cancelled", … }, meta]` or `["error", e]`.
 * @example
 * const [status, fineTune] = await finetunesCancel("ft-AF1WoRqd3aJAHsqc9NY7iL8F");
 * @see https://platform.openai.com/docs/api-reference/fine-tunes/cancel
 */
export function finetunesCancel(fineTuneId: string, config?: Config): Promise<Result<FineTune>> {
  return request({ method: "POST", path: "/fine-tunes/{fine_tune_id}/cancel", ids: { fine_tune_id: fineTuneId }, send: "none", config });
}
