/** One shard's way through the Batch API: upload, create, poll until it ends, download its result files. */
import type { Config } from "../../config";
import type { OpenAIError } from "../../errors";
import type { Batch, BatchFinalStatus } from "../../types/batches";
import { batches } from "../../api/batches/batches";
import { batchesCreate } from "../../api/batches/batchesCreate";
import { filesDownload } from "../../api/files/filesDownload";
import { filesUpload } from "../../api/files/filesUpload";
import { poll } from "../poll";
import type { EndedShard } from "./collect";
import type { NodeParts } from "./node";
import type { RunOptions } from "./options";
import type { RunState } from "./state";

/** What a worker leaves for the generator. */
export type ShardOutcome = { kind: "ended"; shard: EndedShard } | { kind: "skipped" } | { kind: "error"; error: OpenAIError };

const FINAL: readonly string[] = ["completed", "failed", "expired", "cancelled"] satisfies BatchFinalStatus[];

/** Whether a batch status is final. */
export const isFinal = (status: string): boolean => FINAL.includes(status);

/** What a worker needs from the run. */
export interface WorkerContext {
  node: NodeParts;
  dir: string;
  options: RunOptions;
  config: Config;
  signal: AbortSignal;
  state: RunState;
  /** Saves the state and reports progress; resolves with a `config` error when the state file could not be written. */
  changed(): Promise<OpenAIError | undefined>;
}

const DOWNLOAD_ATTEMPTS = 3;

/**
 * `filesDownload`, tried again when the body is cut off: the request layer retries only before the
 * first byte, and a result file is safe to fetch twice (the partial file is never kept).
 */
async function download(fileId: string, path: string, config: Config): ReturnType<typeof filesDownload> {
  for (let attempt = 1; ; attempt++) {
    const result = await filesDownload(fileId, path, config);
    const transient = result[0] === "error" && (result[1].kind === "network" || result[1].kind === "timeout");
    if (!transient || attempt === DOWNLOAD_ATTEMPTS || config.httpOptions?.signal?.aborted) return result;
  }
}

/** Takes shard `index` as far as its downloaded result files. */
export async function runShard(context: WorkerContext, index: number, inputPath: string): Promise<ShardOutcome> {
  const { node, dir, options, config, state } = context;
  const shard = state.shards[index]!;
  if (shard.status === "collected" && !options.redownload) return { kind: "skipped" };
  if (!shard.file_id) {
    const [status, file] = await filesUpload(inputPath, { purpose: "batch" }, config);
    if (status === "error") return { kind: "error", error: file };
    shard.file_id = file.id;
    shard.status = "uploaded";
    const failed = await context.changed();
    if (failed) return { kind: "error", error: failed };
  }
  if (!shard.batch_id) {
    const params = {
      input_file_id: shard.file_id,
      endpoint: options.endpoint,
      completion_window: "24h" as const,
      ...(options.metadata ? { metadata: options.metadata } : {}),
    };
    const [status, batch] = await batchesCreate(params, config);
    if (status === "error") return { kind: "error", error: batch };
    shard.batch_id = batch.id;
    shard.status = batch.status;
    const failed = await context.changed();
    if (failed) return { kind: "error", error: failed };
  }
  const collected = shard.status === "collected";
  const onPoll = (batch: Batch) => {
    const counts = batch.request_counts;
    const same = shard.status === batch.status && JSON.stringify(shard.request_counts) === JSON.stringify(counts);
    if (same || collected) return;
    shard.status = batch.status;
    if (counts) shard.request_counts = counts;
    void context.changed();
  };
  const polled = await poll(batches, [shard.batch_id, config], {
    until: (batch) => isFinal(batch.status),
    interval: options.pollInterval,
    maxInterval: options.maxPollInterval,
    signal: context.signal,
    onPoll,
  });
  if (polled[0] === "error") return { kind: "error", error: polled[1] };
  const batch = polled[1];
  const resultPaths: string[] = [];
  for (const [role, fileId] of [
    ["output", batch.output_file_id],
    ["error", batch.error_file_id],
  ] as const) {
    if (!fileId) continue;
    const saved = await download(fileId, node.path.join(dir, `shard-${index}-${role}.jsonl`), config);
    if (saved[0] === "error") return { kind: "error", error: saved[1] };
    resultPaths.push(saved[1].path);
  }
  shard.output_file_id = batch.output_file_id ?? null;
  shard.error_file_id = batch.error_file_id ?? null;
  return { kind: "ended", shard: { inputPath, requests: shard.requests, batch, resultPaths } };
}
