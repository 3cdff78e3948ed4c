/**
 * A streaming multipart/form-data recorder for the mock server: it is fed the request body chunk
 * by chunk, so uploads of any size are verifiable (every file gets its size and sha256) while the
 * bytes themselves are kept only for bodies under `maxRecordedBody`.
 */
import { createHash, type Hash } from "node:crypto";
import type { RecordedFile, RecordedMultipart } from "./types";

type State = "preamble" | "delimiter" | "headers" | "body" | "done";

interface OpenPart {
  name: string;
  filename: string | undefined;
  contentType: string;
  size: number;
  hash: Hash;
  chunks: Buffer[];
}

/** Parses a multipart body as it streams in: `write(chunk)` for each chunk, then `finish()`. */
export class MultipartRecorder {
  private readonly delimiter: Buffer;
  // The first delimiter has no CRLF before it; prepending one lets a single search find them all.
  private pending: Buffer = Buffer.from("\r\n");
  private state: State = "preamble";
  private part: OpenPart | undefined;
  private received = 0;
  private keep = true;
  private readonly result: RecordedMultipart = { fields: {}, files: [] };

  /** @param boundary The boundary from the content type. @param maxKept Bytes above which file data is dropped. */
  constructor(
    boundary: string,
    private readonly maxKept: number,
  ) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  /** The recorder for a `multipart/form-data; boundary=…` content type, or `undefined` for anything else. */
  static for(contentType: string, maxKept: number): MultipartRecorder | undefined {
    if (!contentType.toLowerCase().startsWith("multipart/form-data")) return undefined;
    const found = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
    const boundary = found?.[1] ?? found?.[2];
    return boundary ? new MultipartRecorder(boundary.trim(), maxKept) : undefined;
  }

  /** Feeds the next chunk of the body. */
  write(chunk: Uint8Array): void {
    this.received += chunk.length;
    if (this.received > this.maxKept && this.keep) {
      this.keep = false;
      for (const file of this.result.files) delete file.data;
      if (this.part) this.part.chunks = [];
    }
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk);
    while (this.step()) {
      // each step consumes part of `pending`; stop when it needs more bytes
    }
  }

  /** The fields and files seen (an unterminated last part is closed with what arrived). */
  finish(): RecordedMultipart {
    if (this.state === "body" && this.part) {
      this.emit(this.pending);
      this.close();
    }
    this.state = "done";
    return this.result;
  }

  /** One state transition; returns false when more input is needed. */
  private step(): boolean {
    switch (this.state) {
      case "preamble": {
        const at = this.pending.indexOf(this.delimiter);
        if (at === -1) {
          this.pending = this.tail(this.pending);
          return false;
        }
        this.pending = this.pending.subarray(at + this.delimiter.length);
        this.state = "delimiter";
        return true;
      }
      case "delimiter": {
        if (this.pending.length < 2) return false;
        const next = this.pending.subarray(0, 2).toString("latin1");
        this.state = next === "--" ? "done" : "headers";
        this.pending = this.pending.subarray(next === "\r\n" ? 2 : next === "--" ? this.pending.length : 0);
        return this.state !== "done";
      }
      case "headers": {
        const end = this.pending.indexOf("\r\n\r\n");
        if (end === -1) return false;
        this.open(this.pending.subarray(0, end).toString("utf8"));
        this.pending = this.pending.subarray(end + 4);
        this.state = "body";
        return true;
      }
      case "body": {
        const at = this.pending.indexOf(this.delimiter);
        if (at === -1) {
          const keepFrom = Math.max(0, this.pending.length - (this.delimiter.length - 1));
          this.emit(this.pending.subarray(0, keepFrom));
          this.pending = Buffer.from(this.pending.subarray(keepFrom));
          return false;
        }
        this.emit(this.pending.subarray(0, at));
        this.close();
        this.pending = this.pending.subarray(at + this.delimiter.length);
        this.state = "delimiter";
        return true;
      }
      default:
        this.pending = Buffer.alloc(0);
        return false;
    }
  }

  private tail(buffer: Buffer): Buffer {
    return Buffer.from(buffer.subarray(Math.max(0, buffer.length - (this.delimiter.length - 1))));
  }

  private open(headers: string): void {
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? "";
    this.part = {
      name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? "",
      filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
      contentType: /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim() ?? "application/octet-stream",
      size: 0,
      hash: createHash("sha256"),
      chunks: [],
    };
  }

  private emit(bytes: Buffer): void {
    const part = this.part;
    if (!part || bytes.length === 0) return;
    part.size += bytes.length;
    part.hash.update(bytes);
    // Text fields are always kept; file bytes only while the body is under the limit.
    if (part.filename === undefined || this.keep) part.chunks.push(Buffer.from(bytes));
  }

  private close(): void {
    const part = this.part;
    this.part = undefined;
    if (!part) return;
    const content = Buffer.concat(part.chunks);
    if (part.filename === undefined) {
      const value = content.toString("utf8");
      const existing = this.result.fields[part.name];
      if (existing === undefined) this.result.fields[part.name] = value;
      else this.result.fields[part.name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
      return;
    }
    const file: RecordedFile = { field: part.name, filename: part.filename, contentType: part.contentType, size: part.size, sha256: part.hash.digest("hex") };
    if (this.keep) file.data = new Uint8Array(content);
    this.result.files.push(file);
  }
}

/** Splits a buffered multipart body into text fields and files. */
export function parseMultipart(body: Uint8Array, contentType: string, maxKept = Number.POSITIVE_INFINITY): RecordedMultipart | undefined {
  const recorder = MultipartRecorder.for(contentType, maxKept);
  if (!recorder) return undefined;
  recorder.write(body);
  return recorder.finish();
}
