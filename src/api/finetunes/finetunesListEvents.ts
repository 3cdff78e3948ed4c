import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { FineTuneEvent } from "../../types/finetunes";
import { request } from "../../_internal/request";

/**
 * Lists the status events of a legacy fine-tune job.
 *
 * @deprecated OpenAI retired `/fine-tunes`: use `fineTuningJobsEvents` instead.
 * @param fineTuneId The fine-tune.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: [{ object: "fine-tune-event", level, message, created_at }] }, meta]`.
 * @example
 * const [status, events] = await finetunesListEvents("ft-AF1WoRqd3aJAHsqc9NY7iL8F");
 * if (status === "ok") for (const event of events.data) console.log(event.message);
 * @see https://platform.openai.com/docs/api-reference/fine-tunes/events
 */
export function finetunesListEvents(fineTuneId: string, config?: Config): Promise<Result<ListPage<FineTuneEvent>>> {
  return request({ method: "GET", path: "/fine-tunes/{fine_tune_id}/events", ids: { fine_tune_id: fineTuneId }, send: "none", config });
}
