/** Types of batches (`/batches`) and of downloaded files, field names as on the wire. */
import type { ListPage, Metadata } from "./common";

/** Final statuses: polling can stop once a batch reaches one of these. */
export type BatchFinalStatus = "failed" | "completed" | "expired" | "cancelled";

/** Every status of a batch. */
export type BatchStatus = "validating" | "in_progress" | "finalizing" | "cancelling" | BatchFinalStatus;

/** One problem with a batch's input file. */
export interface BatchError {
  code?: string;
  message?: string;
  param?: string | null;
  line?: number | null;
}

/** How many requests of a batch are done. */
export interface BatchRequestCounts {
  total: number;
  completed: number;
  failed: number;
}

/**
 * A batch: many API requests run by OpenAI within 24 hours, read from and written to JSONL files.
 *
 * @example
 * const [status, batch] = await batches("batch_abc123");
 * if (status === "ok" && batch.status === "completed") console.log(batch.output_file_id);
 */
export interface Batch {
  id: string;
  object: "batch";
  endpoint: string;
  model?: string;
  errors?: { object?: string; data?: BatchError[] } | null;
  input_file_id: string;
  completion_window: string;
  status: BatchStatus;
  output_file_id?: string | null;
  error_file_id?: string | null;
  created_at: number;
  in_progress_at?: number | null;
  expires_at?: number | null;
  finalizing_at?: number | null;
  completed_at?: number | null;
  failed_at?: number | null;
  expired_at?: number | null;
  cancelling_at?: number | null;
  cancelled_at?: number | null;
  request_counts?: BatchRequestCounts;
  usage?: {
    input_tokens: number;
    input_tokens_details: { cached_tokens: number };
    output_tokens: number;
    output_tokens_details: { reasoning_tokens: number };
    total_tokens: number;
  };
  metadata?: Metadata | null;
}

/** What `batchesCreate` sends. */
export interface BatchCreateParams {
  /** An uploaded JSONL file with purpose `batch`. */
  input_file_id: string;
  endpoint:
    | "/v1/responses"
    | "/v1/chat/completions"
    | "/v1/embeddings"
    | "/v1/completions"
    | "/v1/moderations"
    | "/v1/images/generations"
    | "/v1/images/edits"
    | "/v1/videos";
  completion_window: "24h";
  metadata?: Metadata | null;
  output_expires_after?: { anchor: "created_at"; seconds: number };
}

/** Query of `batches(params)`. */
export interface BatchListParams {
  /** Cursor: the id of the last batch of the previous page. */
  after?: string;
  /** Batches per page (1-100, default 20). */
  limit?: number;
}

/** A page of batches. */
export type BatchList = ListPage<Batch>;

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
