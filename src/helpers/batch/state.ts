/**
 * The run's state: shard → file id → batch id → status. With a `statePath` it is written to disk
 * after every change, atomically (a temp file renamed over the old one), so a run killed at any
 * point leaves either the old state or the new one.
 */
import { configError, type OpenAIError } from "../../errors";
import type { NodeParts } from "./node";
import type { ShardFile } from "./shard";
import type { BatchRunShard } from "./types";

/** What the state file holds. */
export interface RunState {
  version: 1;
  endpoint: string;
  total: number;
  shards: Array<BatchRunShard & { bytes: number; sha256: string; output_file_id?: string | null; error_file_id?: string | null }>;
}

/** A fresh state for the shards just written. */
export function freshState(endpoint: string, shards: ShardFile[]): RunState {
  return {
    version: 1,
    endpoint,
    total: shards.reduce((sum, shard) => sum + shard.requests, 0),
    shards: shards.map((shard) => ({
      shard: shard.index,
      requests: shard.requests,
      bytes: shard.bytes,
      sha256: shard.sha256,
      file_id: null,
      batch_id: null,
      status: "pending",
    })),
  };
}

/**
 * The state kept at `statePath` if it matches this input (same endpoint, same shards with the same
 * bytes), a fresh one when there is no such file, or a `config` error for a file that does not match.
 */
export async function loadState(node: NodeParts, statePath: string, fresh: RunState): Promise<RunState | OpenAIError> {
  let text: string;
  try {
    text = await node.fs.readFile(statePath, "utf8");
  } catch (cause) {
    if ((cause as { code?: unknown }).code === "ENOENT") return fresh;
    return configError(`Cannot read the batchRun state file ${statePath} (${(cause as { code?: string }).code ?? "unknown error"})`);
  }
  let kept: RunState;
  try {
    kept = JSON.parse(text) as RunState;
  } catch {
    return configError(`The batchRun state file ${statePath} is not valid JSON: delete it to start a new run`);
  }
  const why = mismatch(kept, fresh);
  return why
    ? configError(`The batchRun state file ${statePath} does not match this input (${why}): use another statePath, or delete the file to start a new run`)
    : kept;
}

function mismatch(kept: RunState, fresh: RunState): string | undefined {
  if (!kept || kept.version !== 1 || !Array.isArray(kept.shards)) return "not a batchRun state file";
  if (kept.endpoint !== fresh.endpoint) return `endpoint ${String(kept.endpoint)}, not ${fresh.endpoint}`;
  if (kept.shards.length !== fresh.shards.length) return `${kept.shards.length} shards, not ${fresh.shards.length}`;
  const changed = fresh.shards.findIndex((shard, index) => kept.shards[index]?.sha256 !== shard.sha256 || kept.shards[index]?.requests !== shard.requests);
  return changed === -1 ? undefined : `shard ${changed} holds other requests`;
}

/** Writes states one after another (never two renames racing), each atomically. */
export class StateWriter {
  private chain: Promise<OpenAIError | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly node: NodeParts,
    private readonly statePath: string | undefined,
  ) {}

  /** Queues a write of `state` as it is now; resolves with a `config` error if the write failed. */
  save(state: RunState): Promise<OpenAIError | undefined> {
    const path = this.statePath;
    if (!path) return Promise.resolve(undefined);
    const text = `${JSON.stringify(state, null, 1)}\n`;
    this.chain = this.chain.then(async (earlier) => {
      if (earlier) return earlier;
      const temp = `${path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
      try {
        await this.node.fs.writeFile(temp, text);
        await this.node.fs.rename(temp, path);
        return undefined;
      } catch (cause) {
        await this.node.fs.rm(temp, { force: true }).catch(() => undefined);
        return configError(`Cannot write the batchRun state file ${path} (${(cause as { code?: string }).code ?? "unknown error"})`);
      }
    });
    return this.chain;
  }
}
