/**
 * Turns one ended batch into result items, reading its downloaded output and error files line by
 * line. In input order, a first pass notes where each request's result line is (file, offset,
 * length: a few bytes per request), then the shard's input file drives a second pass that reads
 * each line at its offset; memory stays bounded by the shard size, never by the result bodies.
 */
import type { Batch, BatchResultLine } from "../../types/batches";
import { LineReader, readLines } from "./lines";
import type { NodeParts } from "./node";
import type { BatchRunError, BatchRunItem } from "./types";

/** The files of one ended batch. */
export interface EndedShard {
  /** The shard's input JSONL (drives the order and names the requests that got no result). */
  inputPath: string;
  requests: number;
  batch: Batch;
  /** Downloaded output and error files (absent when the batch has none). */
  resultPaths: string[];
}

// Made on first use: nothing is created when the module is imported.
let decoder: TextDecoder | undefined;
const decode = (bytes: Uint8Array) => (decoder ??= new TextDecoder()).decode(bytes);

function parseLine(bytes: Uint8Array): BatchResultLine | undefined {
  try {
    const line = JSON.parse(decode(bytes)) as BatchResultLine;
    return line && typeof line.custom_id === "string" ? line : undefined;
  } catch {
    return undefined;
  }
}

/** The item for one result line. */
export function itemOf(line: BatchResultLine, batch: Batch): BatchRunItem {
  const { custom_id, response, error } = line;
  if (response && response.status_code >= 200 && response.status_code < 300) return ["ok", { custom_id, id: line.id, response }];
  if (response) {
    const body = response.body as { error?: { message?: unknown } } | null;
    const where = `(batch ${batch.id}, ${custom_id})`;
    if (body && typeof body.error === "object" && body.error && typeof body.error.message === "string") {
      const apiError = body.error as { message: string };
      return [
        "error",
        {
          kind: "api",
          status: response.status_code,
          error: apiError,
          body,
          headers: {},
          requestId: response.request_id,
          message: `${response.status_code} ${apiError.message} ${where}`,
          custom_id,
        },
      ];
    }
    return [
      "error",
      {
        kind: "http",
        status: response.status_code,
        body,
        headers: {},
        requestId: response.request_id,
        message: `${response.status_code} from the batch line ${where}`,
        custom_id,
      },
    ];
  }
  if (error?.code === "batch_expired") return ["error", expired(batch, custom_id, error.message)];
  return ["error", lost(batch, custom_id, error ? `${error.code}: ${error.message}` : "the result line has neither response nor error")];
}

function expired(batch: Batch, customId: string, why?: string): BatchRunError {
  return {
    kind: "expired",
    batchId: batch.id,
    message: `Request ${customId} did not run: batch ${batch.id} expired${why ? ` (${why})` : ""}; send it again`,
    custom_id: customId,
  };
}

function lost(batch: Batch, customId: string, why: string): BatchRunError {
  const errors = batch.errors?.data ?? [];
  return {
    kind: "batch",
    batchId: batch.id,
    status: batch.status,
    errors,
    message: `Request ${customId} has no result: batch ${batch.id} ${batch.status} (${why})`,
    custom_id: customId,
  };
}

/** The item for a request with no result line. */
function missing(batch: Batch, customId: string): BatchRunItem {
  if (batch.status === "expired") return ["error", expired(batch, customId)];
  const first = batch.errors?.data?.[0];
  const why = batch.status === "failed" ? (first?.message ?? "no reason given") : "no line for it in the output or error file";
  return ["error", lost(batch, customId, why)];
}

/** The `custom_id` of each input line, in order. */
async function* inputIds(node: NodeParts, path: string): AsyncGenerator<string> {
  for await (const { bytes } of readLines(node, path)) {
    // Our own shard files: `{"custom_id":…` first, always valid JSON.
    yield (JSON.parse(decode(bytes)) as { custom_id: string }).custom_id;
  }
}

/** Where each request's result line is. */
interface Index {
  positions: Map<string, number>;
  file: Int8Array;
  offset: Float64Array;
  length: Int32Array;
}

async function indexResults(node: NodeParts, shard: EndedShard): Promise<Index> {
  const positions = new Map<string, number>();
  let position = 0;
  for await (const id of inputIds(node, shard.inputPath)) positions.set(id, position++);
  const index: Index = { positions, file: new Int8Array(position).fill(-1), offset: new Float64Array(position), length: new Int32Array(position) };
  for (const [fileNumber, path] of shard.resultPaths.entries()) {
    for await (const { bytes, offset } of readLines(node, path)) {
      const line = parseLine(bytes);
      const at = line && positions.get(line.custom_id);
      if (at === undefined || index.file[at] !== -1) continue; // unknown id, or a second line for the same id
      index.file[at] = fileNumber;
      index.offset[at] = offset;
      index.length[at] = bytes.length;
    }
  }
  positions.clear();
  return index;
}

/** The shard's items in input order. */
async function* inInputOrder(node: NodeParts, shard: EndedShard): AsyncGenerator<BatchRunItem> {
  const index = await indexResults(node, shard);
  const readers = await Promise.all(shard.resultPaths.map((path) => LineReader.open(node, path)));
  try {
    let position = 0;
    for await (const id of inputIds(node, shard.inputPath)) {
      const at = position++;
      const fileNumber = index.file[at]!;
      const line = fileNumber === -1 ? undefined : parseLine(await readers[fileNumber]!.read(index.offset[at]!, index.length[at]!));
      yield line ? itemOf(line, shard.batch) : missing(shard.batch, id);
    }
  } finally {
    await Promise.all(readers.map((reader) => reader.close()));
  }
}

/** The shard's items as the result files list them, then the requests that got none. */
async function* inFileOrder(node: NodeParts, shard: EndedShard): AsyncGenerator<BatchRunItem> {
  const positions = new Map<string, number>();
  let count = 0;
  for await (const id of inputIds(node, shard.inputPath)) positions.set(id, count++);
  const seen = new Uint8Array(count);
  for (const path of shard.resultPaths) {
    for await (const { bytes } of readLines(node, path)) {
      const line = parseLine(bytes);
      const at = line && positions.get(line.custom_id);
      if (!line || at === undefined || seen[at]) continue;
      seen[at] = 1;
      yield itemOf(line, shard.batch);
    }
  }
  positions.clear();
  let position = 0;
  for await (const id of inputIds(node, shard.inputPath)) if (!seen[position++]) yield missing(shard.batch, id);
}

/** Every request of an ended shard as one item, in input or file order. */
export function collectShard(node: NodeParts, shard: EndedShard, order: "input" | "completion"): AsyncGenerator<BatchRunItem> {
  return order === "input" ? inInputOrder(node, shard) : inFileOrder(node, shard);
}
