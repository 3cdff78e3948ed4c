/** Reading JSONL files without holding them: line by line in order, or one line at a known offset. */
import type { FileHandle } from "node:fs/promises";
import type { NodeParts } from "./node";

const CHUNK = 1 << 20;

/** One line of a file (without its newline) and its byte offset. The bytes are valid until the next line is pulled. */
export interface FileLine {
  bytes: Uint8Array;
  offset: number;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/** Yields every non-empty line of the file at `path`, reading 1 MiB at a time. */
export async function* readLines(node: NodeParts, path: string): AsyncGenerator<FileLine, void, undefined> {
  const handle = await node.fs.open(path, "r");
  try {
    const chunk = new Uint8Array(CHUNK);
    let carry = new Uint8Array(0);
    let carryOffset = 0;
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const data = carry.length ? concat(carry, chunk.subarray(0, bytesRead)) : chunk.subarray(0, bytesRead);
      let start = 0;
      for (let end = data.indexOf(10, start); end !== -1; end = data.indexOf(10, start)) {
        if (end > start) yield { bytes: data.subarray(start, end), offset: carryOffset + start };
        start = end + 1;
      }
      // The chunk buffer is reused by the next read: keep a copy of the unfinished line.
      carry = data.slice(start);
      carryOffset += start;
    }
    if (carry.length) yield { bytes: carry, offset: carryOffset };
  } finally {
    await handle.close();
  }
}

/** Reads lines at known offsets, through a 1 MiB window (results written in input order read almost sequentially). */
export class LineReader {
  private window = new Uint8Array(0);
  private windowStart = 0;

  private constructor(private readonly handle: FileHandle) {}

  /** Opens the file at `path`. */
  static async open(node: NodeParts, path: string): Promise<LineReader> {
    return new LineReader(await node.fs.open(path, "r"));
  }

  /** The `length` bytes at `offset`. */
  async read(offset: number, length: number): Promise<Uint8Array> {
    const from = offset - this.windowStart;
    if (from < 0 || from + length > this.window.length) {
      const size = Math.max(length, CHUNK);
      const buffer = new Uint8Array(size);
      const { bytesRead } = await this.handle.read(buffer, 0, size, offset);
      this.window = buffer.subarray(0, bytesRead);
      this.windowStart = offset;
      return this.window.subarray(0, length);
    }
    return this.window.subarray(from, from + length);
  }

  /** Closes the file. */
  close(): Promise<void> {
    return this.handle.close().catch(() => undefined);
  }
}
