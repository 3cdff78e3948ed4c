/** The generator behind `batchRun`: shard, then run the shards through workers, then yield their results. */
import type { Config } from "../../config";
import { abortedError, argumentError, configError, type OpenAIError } from "../../errors";
import { batchesCancel } from "../../api/batches/batchesCancel";
import { Board } from "./board";
import { collectShard } from "./collect";
import { nodeParts, type NodeParts } from "./node";
import { callConfig, checkRunArguments, type RunOptions } from "./options";
import { writeShards, type ShardFile } from "./shard";
import { freshState, loadState, StateWriter, type RunState } from "./state";
import type { BatchRunItem, BatchRunProgress } from "./types";
import { isFinal, runShard, type ShardOutcome, type WorkerContext } from "./worker";

const failure = (error: OpenAIError): BatchRunItem => ["error", error];
const messageOf = (cause: unknown) => (cause instanceof Error ? cause.message : "unknown failure");

/** The progress report for the state as it is now. */
function progressOf(state: RunState): BatchRunProgress {
  let completed = 0;
  let failed = 0;
  const list = state.shards.map(({ shard, requests, file_id, batch_id, status, request_counts }) => {
    completed += request_counts?.completed ?? 0;
    failed += request_counts?.failed ?? 0;
    return { shard, requests, file_id, batch_id, status, ...(request_counts ? { request_counts: { ...request_counts } } : {}) };
  });
  return { shards: state.shards.length, completed, failed, total: state.total, batches: list };
}

/** Yields every result of the run, then at most one final error without `custom_id`; never throws. */
export async function* runBatch(requests: unknown, rawOptions: unknown, config: unknown): AsyncGenerator<BatchRunItem, void, undefined> {
  const options = (() => {
    try {
      return checkRunArguments(requests, rawOptions, config);
    } catch (cause) {
      return argumentError("options", `The options could not be read (${messageOf(cause)})`);
    }
  })();
  if ("kind" in options) return yield failure(options);
  const node = nodeParts();
  if (!node) return yield failure(configError("batchRun needs Node's file system (node:fs) to write its shard files"));
  if (options.signal?.aborted) return yield failure(abortedError("batchRun"));
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  let dir: string | undefined;
  let firstError: OpenAIError | undefined;
  const workers: Array<Promise<void>> = [];
  try {
    const base = options.tempDir ?? node.os.tmpdir();
    try {
      dir = await node.fs.mkdtemp(node.path.join(base, "openai-ex-batch-"));
    } catch (cause) {
      const code = (cause as { code?: unknown }).code;
      return yield failure({
        kind: "file",
        path: base,
        message: `Cannot create batchRun's temporary folder in ${base} (${typeof code === "string" ? code : messageOf(cause)}); pass another tempDir`,
      });
    }
    let shards: ShardFile[] | OpenAIError;
    try {
      shards = await writeShards(node, dir, requests as Iterable<unknown>, {
        endpoint: options.endpoint,
        maxRequests: options.maxRequestsPerBatch,
        maxBytes: options.maxBytesPerBatch,
      });
    } catch (cause) {
      shards = argumentError("requests", `Reading the requests failed (${messageOf(cause)})`);
    }
    if ("kind" in shards) return yield failure(shards);
    const fresh = freshState(options.endpoint, shards);
    const state = options.statePath ? await loadState(node, options.statePath, fresh) : fresh;
    if ("kind" in state) return yield failure(state);
    const halt = (error: OpenAIError) => {
      firstError ??= error;
      stop.abort();
    };
    yield* runShards(node, dir, shards, state, options, callConfig(config as Config | undefined, signal), signal, workers, halt, () => firstError);
  } catch (cause) {
    yield failure(argumentError("batchRun", `batchRun stopped: ${messageOf(cause)}`));
  } finally {
    stop.abort();
    await Promise.allSettled(workers);
    if (dir) await node.fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function* runShards(
  node: NodeParts,
  dir: string,
  shards: ShardFile[],
  state: RunState,
  options: RunOptions,
  config: Config,
  signal: AbortSignal,
  workers: Array<Promise<void>>,
  halt: (error: OpenAIError) => void,
  firstFailure: () => OpenAIError | undefined,
): AsyncGenerator<BatchRunItem, void, undefined> {
  const writer = new StateWriter(node, options.statePath);
  const changed = () => {
    try {
      options.onProgress?.(progressOf(state));
    } catch {
      // a throwing progress callback must not stop the run
    }
    return writer.save(state);
  };
  const startError = await changed();
  if (startError) return yield failure(startError);
  const board = new Board<ShardOutcome>();
  const context: WorkerContext = { node, dir, options, config, signal, state, changed };
  let next = 0;
  const loop = async () => {
    while (next < shards.length && !signal.aborted) {
      const index = next++;
      let outcome: ShardOutcome;
      try {
        outcome = await runShard(context, index, shards[index]!.path);
      } catch (cause) {
        outcome = { kind: "error", error: argumentError("batchRun", `shard ${index} stopped: ${messageOf(cause)}`) };
      }
      // The first failure stops the other shards too; the generator reports that one.
      if (outcome.kind === "error" && !signal.aborted) halt(outcome.error);
      board.put(index, outcome);
    }
    // Shards never started because of a stop still get an outcome, so the generator never waits forever.
    while (next < shards.length) board.put(next++, { kind: "error", error: abortedError("batchRun") });
  };
  for (let slot = 0; slot < Math.min(options.concurrency, shards.length); slot++) workers.push(loop());
  for (let taken = 0; taken < shards.length; taken++) {
    const [index, outcome] = options.order === "input" ? [taken, await board.take(taken)] : await board.next();
    if (outcome.kind === "skipped") continue;
    if (outcome.kind === "error" || options.signal?.aborted) {
      yield failure(await stopped(firstFailure() ?? (outcome.kind === "error" ? outcome.error : abortedError("batchRun")), state, options, config, writer));
      return;
    }
    for await (const item of collectShard(node, outcome.shard, options.order)) {
      if (options.signal?.aborted) return yield failure(await stopped(abortedError("batchRun"), state, options, config, writer));
      yield item;
    }
    state.shards[index]!.status = "collected";
    const saveError = await changed();
    if (saveError) return yield failure(saveError);
    await node.fs.rm(outcome.shard.inputPath, { force: true }).catch(() => undefined);
    for (const path of outcome.shard.resultPaths) await node.fs.rm(path, { force: true }).catch(() => undefined);
  }
}

/** The run's final error; on the caller's abort with `cancelOnAbort`, the unfinished batches are cancelled first. */
async function stopped(error: OpenAIError, state: RunState, options: RunOptions, config: Config, writer: StateWriter): Promise<OpenAIError> {
  if (!options.signal?.aborted) return error;
  if (options.cancelOnAbort) {
    // The run's signal has fired: the cancels go out with the caller's config alone.
    const { signal: _ignored, ...httpOptions } = config.httpOptions ?? {};
    const cancelConfig = { ...config, httpOptions };
    for (const shard of state.shards) {
      if (!shard.batch_id || isFinal(shard.status) || shard.status === "collected") continue;
      const [status, batch] = await batchesCancel(shard.batch_id, cancelConfig);
      if (status === "ok") shard.status = batch.status;
    }
    await writer.save(state);
  }
  return abortedError("batchRun");
}
