import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Batch } from "../../types/batches";
import { request } from "../../_internal/request";

/**
 * Cancels an in-progress batch (the request has no body); it goes `cancelling`, then `cancelled`.
 *
 * @param batchId The batch to cancel, e.g. `batch_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Batch, meta]` with `status: "cancelling"`.
 * @example
 * const [status, batch] = await batchesCancel("batch_abc123");
 * @see https://platform.openai.com/docs/api-reference/batch/cancel
 */
export function batchesCancel(batchId: string, config?: Config): Promise<Result<Batch>> {
  return request({ method: "POST", path: "/batches/{batch_id}/cancel", ids: { batch_id: batchId }, send: "none", config });
}
