/** A small multipart/form-data parser for recorded request bodies. */
import type { RecordedMultipart } from "./types";

/** Splits a buffered multipart body into text fields and files. */
export function parseMultipart(body: Uint8Array, contentType: string): RecordedMultipart | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return undefined;
  const data = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${marker}`);
  const result: RecordedMultipart = { fields: {}, files: [] };
  let start = data.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (data.subarray(partStart, partStart + 2).toString() === "--") break; // closing delimiter
    const next = data.indexOf(delimiter, partStart);
    if (next === -1) break;
    addPart(result, data.subarray(partStart + 2, next - 2)); // skip CRLF after the delimiter and before the next
    start = next;
  }
  return result;
}

function addPart(result: RecordedMultipart, part: Buffer): void {
  const headerEnd = part.indexOf("\r\n\r\n");
  if (headerEnd === -1) return;
  const headers = part.subarray(0, headerEnd).toString("utf8");
  const content = part.subarray(headerEnd + 4);
  const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? "";
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? "";
  const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
  if (filename === undefined) {
    const value = content.toString("utf8");
    const existing = result.fields[name];
    if (existing === undefined) result.fields[name] = value;
    else result.fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    return;
  }
  const contentType = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim() ?? "application/octet-stream";
  result.files.push({ field: name, filename, contentType, size: content.length, data: new Uint8Array(content) });
}
