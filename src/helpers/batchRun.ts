import type { Config } from "../config";
import { runBatch } from "./batch/run";
import type { BatchRunEndpoint, BatchRunItem, BatchRunOptions, BatchRunRequest, BatchRunResponse } from "./batch/types";

/**
 * Runs any number of requests through the Batch API (half the price, within 24 hours) and yields
 * one result per request. The input is split into JSONL shards within the per-batch limits,
 * streamed to a temporary folder; each shard is uploaded, made a batch, polled with backoff, and
 * its output and error files are read back line by line: memory stays flat whatever the size.
 * With `statePath` a killed run resumes without uploading or creating anything twice.
 *
 * @param requests An array, iterable or async iterable of bodies, or of `{ custom_id?, body }`
 *   (ids must be unique; absent ones become `request-<n>`, n the 1-based position).
 * @param options `endpoint` (required), `maxRequestsPerBatch` (50 000), `maxBytesPerBatch` (200 MB),
 *   `concurrency` (4), `pollInterval` (30 s), `maxPollInterval`, `order` (`"input"`), `metadata`,
 *   `statePath`, `redownload`, `tempDir`, `signal`, `cancelOnAbort`, `onProgress`.
 * @param config Per-call config for every request of the run (its `httpOptions` retry rules apply to each).
 * @returns An async iterable of `["ok", { custom_id, id, response }]` and `["error", { custom_id, kind, … }]`
 *   (an error line, `expired`, or `batch` for a failed batch), one per request; a failure of the run
 *   itself is one last `["error", e]` without `custom_id`. It never throws.
 * @example
 * const prompts = questions.map((q) => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: q }] }));
 * for await (const [status, item] of batchRun(prompts, { endpoint: "/v1/chat/completions", statePath: "run.json" })) {
 *   if (status === "ok") console.log(item.custom_id, item.response.body.choices[0]?.message.content);
 *   else if (item.custom_id) console.warn(item.custom_id, item.kind, item.message);
 *   else console.error("the run stopped:", item.message);
 * }
 * @see https://platform.openai.com/docs/guides/batch
 */
export function batchRun<E extends BatchRunEndpoint, B = Record<string, unknown>>(
  requests: Iterable<BatchRunRequest<B>> | AsyncIterable<BatchRunRequest<B>>,
  options: BatchRunOptions<E>,
  config?: Config,
): AsyncIterable<BatchRunItem<BatchRunResponse<E>>> {
  return {
    [Symbol.asyncIterator]: () => runBatch(requests, options, config) as AsyncIterator<BatchRunItem<BatchRunResponse<E>>>,
  };
}
