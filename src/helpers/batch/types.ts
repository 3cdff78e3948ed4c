/** Public types of `batchRun`. */
import type { OpenAIError } from "../../errors";
import type { BatchRequestCounts } from "../../types/batches";
import type { Metadata } from "../../types/common";
import type { ChatCompletion } from "../../types/chat";
import type { Completion } from "../../types/completions";
import type { EmbeddingsResponse } from "../../types/embeddings";
import type { Moderation } from "../../types/moderations";
import type { ResponseObject } from "../../types/responses";

/** The endpoints `batchRun` sends requests to. */
export type BatchRunEndpoint = "/v1/chat/completions" | "/v1/embeddings" | "/v1/responses" | "/v1/completions" | "/v1/moderations";

/** The response body a batch line of endpoint `E` carries. */
export type BatchRunResponse<E extends BatchRunEndpoint> = {
  "/v1/chat/completions": ChatCompletion;
  "/v1/embeddings": EmbeddingsResponse;
  "/v1/responses": ResponseObject;
  "/v1/completions": Completion;
  "/v1/moderations": Moderation;
}[E];

/** One request: a body, or `{ custom_id?, body }` to choose the id its result comes back with. */
export type BatchRunRequest<B = Record<string, unknown>> = B | { custom_id?: string; body: B };

/** Where one shard of the run stands (the state file keeps the same fields). */
export interface BatchRunShard {
  /** 0-based shard number, in input order. */
  shard: number;
  /** Requests in this shard. */
  requests: number;
  file_id: string | null;
  batch_id: string | null;
  /** `pending`, `uploaded`, a batch status (`validating` … `completed`), or `collected` once its results were all yielded. */
  status: string;
  request_counts?: BatchRequestCounts;
}

/** What `onProgress` receives after every change (upload, batch created, poll, results collected). */
export interface BatchRunProgress {
  /** How many shards (batches) the input makes. */
  shards: number;
  /** Requests finished well so far, over all shards (from the batches' `request_counts`). */
  completed: number;
  /** Requests that failed so far. */
  failed: number;
  /** Requests in the whole input. */
  total: number;
  /** Each shard: ids, status and counts. */
  batches: BatchRunShard[];
}

/** Options of `batchRun`. */
export interface BatchRunOptions<E extends BatchRunEndpoint = BatchRunEndpoint> {
  /** The endpoint every request goes to. */
  endpoint: E;
  /** Requests per batch; default 50 000 (the API's limit). */
  maxRequestsPerBatch?: number;
  /** Bytes of JSONL per batch input file; default 200 000 000 (the API's limit is 200 MB). */
  maxBytesPerBatch?: number;
  /** Shards in flight at once (uploaded, running or downloading); default 4. */
  concurrency?: number;
  /** ms before the second retrieve of a batch; default 30 000. Waits grow 1.5 times each poll up to `maxPollInterval`. */
  pollInterval?: number;
  /** The longest wait between two retrieves, ms; default 600 000. */
  maxPollInterval?: number;
  /** `"input"` (default): results in the order of the requests. `"completion"`: each shard's results as soon as its batch ends. */
  order?: "input" | "completion";
  /** Metadata put on every batch. */
  metadata?: Metadata;
  /** A JSON file keeping the run's state, rewritten atomically after every change: run again with it to resume. */
  statePath?: string;
  /** With `statePath`: yield again the results of shards a previous run already yielded (default false: they are skipped). */
  redownload?: boolean;
  /** Where the shard and result files go (a fresh folder inside it, removed at the end); default the OS temp dir. */
  tempDir?: string;
  /** Stops the run: polling ends, the last item is an `aborted` error. */
  signal?: AbortSignal;
  /** With `signal`: cancel the run's unfinished batches when it fires (default false: they keep running, and a resume picks them up). */
  cancelOnAbort?: boolean;
  /** Called after every change; an exception it throws is ignored. */
  onProgress?: (progress: BatchRunProgress) => void;
}

/** A request's answer: the result line's `response` (`status_code`, `request_id`, `body`). */
export interface BatchRunResult<R = unknown> {
  custom_id: string;
  /** The result line's id (`batch_req_…`). */
  id: string;
  response: { status_code: number; request_id: string; body: R };
}

/**
 * A failed request (`custom_id` set: `api`/`http` for a line the API answered with an error,
 * `expired`, or `batch` for a request lost with its failed or cancelled batch), or the failure of
 * the run itself (no `custom_id`; always the last item).
 */
export type BatchRunError = OpenAIError & { custom_id?: string };

/** One item of `batchRun`. */
export type BatchRunItem<R = unknown> = readonly ["ok", BatchRunResult<R>] | readonly ["error", BatchRunError];
