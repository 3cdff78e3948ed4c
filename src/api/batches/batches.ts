import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Batch, BatchList, BatchListParams } from "../../types/batches";
import { request } from "../../_internal/request";

/**
 * Lists your batches, or retrieves one when given its id (poll it until a final status).
 *
 * @param params `{ after?, limit? }` to page through the list (pass `{}` with a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: Batch[], has_more }, meta]`, or `["ok", batch, meta]` for an id.
 * @example
 * const [status, batch] = await batches("batch_abc123");
 * if (status === "ok" && batch.status === "completed") await filesDownload(batch.output_file_id!, "./out.jsonl");
 * const [, page] = await batches({ limit: 10 });
 * @see https://platform.openai.com/docs/api-reference/batch/retrieve
 */
export function batches(params?: BatchListParams, config?: Config): Promise<Result<BatchList>>;
export function batches(batchId: string, config?: Config): Promise<Result<Batch>>;
export function batches(first?: string | BatchListParams, config?: Config): Promise<Result<BatchList | Batch>> {
  if (typeof first === "string") return request({ method: "GET", path: "/batches/{batch_id}", ids: { batch_id: first }, send: "none", config });
  return request({ method: "GET", path: "/batches", params: first, paramsOptional: true, config });
}
