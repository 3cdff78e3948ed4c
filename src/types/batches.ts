/**
 * Batches (`/batches`) and downloaded files, field names as on the wire.
 *
 * Overlay: `BatchRequestLine` and `BatchResultLine` (the JSONL lines of batch files) and
 * `FileDownload` (what `filesDownload` returns) are the SDK's own: no endpoint returns them as JSON.
 */
import type { Query, Schemas } from "./schema";

/**
 * A batch: many API requests run by OpenAI within 24 hours, read from and written to JSONL files.
 *
 * @example
 * const [status, batch] = await batches("batch_abc123");
 * if (status === "ok" && batch.status === "completed") console.log(batch.output_file_id);
 */
export type Batch = Schemas["Batch"];

/** Every status of a batch. */
export type BatchStatus = Batch["status"];

/** Final statuses: polling can stop once a batch reaches one of these. */
export type BatchFinalStatus = Extract<BatchStatus, "failed" | "completed" | "expired" | "cancelled">;

/** One problem with a batch's input file. */
export type BatchError = Schemas["BatchError"];

/** How many requests of a batch are done. */
export type BatchRequestCounts = Schemas["BatchRequestCounts"];

/**
 * What `batchesCreate` sends.
 *
 * @example
 * await batchesCreate({ input_file_id: "file-abc123", endpoint: "/v1/chat/completions", completion_window: "24h" });
 */
export type BatchCreateParams = Schemas["CreateBatchRequest"];

/**
 * Query of `batches(params)`.
 *
 * @example
 * await batches({ limit: 10 });
 */
export type BatchListParams = Query<"listBatches">;

/** A page of batches. */
export type BatchList = Schemas["ListBatchesResponse"];

/** One line of a batch input file. */
export interface BatchRequestLine<B = Record<string, unknown>> {
  custom_id: string;
  method: "POST";
  url: string;
  body: B;
}

/** One line of a batch output (or error) file. */
export interface BatchResultLine<B = unknown> {
  id: string;
  custom_id: string;
  response: { status_code: number; request_id: string; body: B } | null;
  error: { code: string; message: string } | null;
}
