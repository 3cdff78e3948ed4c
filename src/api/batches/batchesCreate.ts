import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Batch, BatchCreateParams } from "../../types/batches";
import { request } from "../../_internal/request";

/**
 * Creates and starts a batch from an uploaded JSONL file of requests (purpose `batch`).
 *
 * @param params `input_file_id`, `endpoint` (e.g. `/v1/chat/completions`), `completion_window: "24h"`, `metadata?`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Batch, meta]`, usually with `status: "validating"`.
 * @example
 * const [status, batch] = await batchesCreate({ input_file_id: "file-abc123", endpoint: "/v1/chat/completions", completion_window: "24h" });
 * if (status === "ok") console.log(batch.id, batch.status);
 * @see https://platform.openai.com/docs/api-reference/batch/create
 */
export function batchesCreate(params: BatchCreateParams, config?: Config): Promise<Result<Batch>> {
  return request({ method: "POST", path: "/batches", params, config });
}
