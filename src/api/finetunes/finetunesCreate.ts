import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FineTune, FineTuneCreateParams } from "../../types/finetunes";
import { request } from "../../_internal/request";

/**
 * Creates a legacy fine-tune job from an uploaded training file.
 *
 * @deprecated OpenAI retired `/fine-tunes`: use `fineTuningJobsCreate` instead.
 * @param params `training_file` (plus `model`, `n_epochs`, `validation_file`…).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "fine-tune", status: "pending", events, … }, meta]` or `["error", e]`.
 * @example
 * const [status, fineTune] = await finetunesCreate({ training_file: "file-123213231", model: "curie" });
 * @see https://platform.openai.com/docs/api-reference/fine-tunes/create
 */
export function finetunesCreate(params: FineTuneCreateParams, config?: Config): Promise<Result<FineTune>> {
  return request({ method: "POST", path: "/fine-tunes", params, config });
}
