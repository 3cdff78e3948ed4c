/**
 * Splits the requests into JSONL shard files that respect the per-batch limits, streaming: each
 * line is written as it comes (in 1 MiB writes), so memory does not grow with the input. Ids the
 * caller gives are remembered to catch duplicates; generated ids (`request-<n>`, n the 1-based
 * position) cost one bit each.
 */
import type { FileHandle } from "node:fs/promises";
import { argumentError, type OpenAIError } from "../../errors";
import { isPlainObject } from "../../_internal/args";
import type { NodeParts } from "./node";

/** One shard file written to the temp folder. */
export interface ShardFile {
  index: number;
  path: string;
  requests: number;
  bytes: number;
  /** Hex SHA-256 of the file: a state file matches the input when every shard's hash does. */
  sha256: string;
}

interface Limits {
  endpoint: string;
  maxRequests: number;
  maxBytes: number;
}

const FLUSH = 1 << 20;
const GENERATED = /^request-([1-9][0-9]*)$/;

/** Grows as needed: bit n set when position n got a generated id. */
class BitSet {
  private bits = new Uint8Array(1024);
  set(n: number): void {
    if (n >> 3 >= this.bits.length) {
      const grown = new Uint8Array(Math.max(this.bits.length * 2, (n >> 3) + 1));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[n >> 3]! |= 1 << (n & 7);
  }
  has(n: number): boolean {
    return n >> 3 < this.bits.length && (this.bits[n >> 3]! & (1 << (n & 7))) !== 0;
  }
}

/** The custom_id and body of one input item, or an `argument` error naming its position. */
function normalise(item: unknown, position: number, given: Set<string>, generated: BitSet): { id: string; body: Record<string, unknown> } | OpenAIError {
  const wrapped = isPlainObject(item) && isPlainObject(item.body);
  const body = wrapped ? (item.body as Record<string, unknown>) : item;
  if (!isPlainObject(body)) return argumentError("requests", `request ${position} must be a body object or { custom_id?, body }`);
  const customId = wrapped ? item.custom_id : undefined;
  if (customId === undefined) {
    const id = `request-${position}`;
    if (given.has(id))
      return argumentError(
        "requests",
        `request ${position}: custom_id ${id} was already given to an earlier request (ids request-<n> are generated for requests without one)`,
      );
    generated.set(position);
    return { id, body };
  }
  if (typeof customId !== "string" || customId.length === 0) return argumentError("requests", `request ${position}: custom_id must be a non-empty string`);
  const match = GENERATED.exec(customId);
  if (given.has(customId) || (match && generated.has(Number(match[1])))) {
    return argumentError("requests", `request ${position}: duplicate custom_id ${customId}; each request needs its own`);
  }
  given.add(customId);
  return { id: customId, body };
}

/** An open shard being written. */
interface OpenShard {
  file: ShardFile;
  handle: FileHandle;
  hash: ReturnType<NodeParts["crypto"]["createHash"]>;
  pending: string[];
  pendingBytes: number;
}

/**
 * Writes `requests` into shard files in `dir`; returns them, or the `argument` error of the first
 * bad request (bad shape, duplicate id, a line bigger than a whole batch may be).
 */
export async function writeShards(
  node: NodeParts,
  dir: string,
  requests: Iterable<unknown> | AsyncIterable<unknown>,
  limits: Limits,
): Promise<ShardFile[] | OpenAIError> {
  const shards: ShardFile[] = [];
  const given = new Set<string>();
  const generated = new BitSet();
  const encoder = new TextEncoder();
  let open: OpenShard | undefined;
  const flush = async (shard: OpenShard) => {
    if (shard.pending.length === 0) return;
    const text = shard.pending.join("");
    shard.pending = [];
    shard.pendingBytes = 0;
    shard.hash.update(text);
    await shard.handle.write(text);
  };
  const close = async () => {
    if (!open) return;
    const shard = open;
    open = undefined;
    await flush(shard);
    await shard.handle.close();
    shard.file.sha256 = shard.hash.digest("hex");
  };
  try {
    let position = 0;
    for await (const item of requests) {
      position++;
      const request = normalise(item, position, given, generated);
      if ("kind" in request) return request;
      let line: string;
      try {
        line = `${JSON.stringify({ custom_id: request.id, method: "POST", url: limits.endpoint, body: request.body })}\n`;
      } catch (cause) {
        return argumentError("requests", `request ${position}: its body cannot be written as JSON (${cause instanceof Error ? cause.message : "unknown"})`);
      }
      const size = encoder.encode(line).length;
      if (size > limits.maxBytes) return argumentError("requests", `request ${position} takes ${size} bytes, more than maxBytesPerBatch (${limits.maxBytes})`);
      if (open && (open.file.requests >= limits.maxRequests || open.file.bytes + size > limits.maxBytes)) await close();
      if (!open) {
        const index = shards.length;
        const path = node.path.join(dir, `shard-${index}.jsonl`);
        const file: ShardFile = { index, path, requests: 0, bytes: 0, sha256: "" };
        shards.push(file);
        open = { file, handle: await node.fs.open(path, "w"), hash: node.crypto.createHash("sha256"), pending: [], pendingBytes: 0 };
      }
      open.pending.push(line);
      open.pendingBytes += size;
      open.file.requests++;
      open.file.bytes += size;
      if (open.pendingBytes >= FLUSH) await flush(open);
    }
    await close();
    if (shards.length === 0) return argumentError("requests", "requests is empty: give at least one request");
    return shards;
  } finally {
    await open?.handle.close().catch(() => undefined);
  }
}
