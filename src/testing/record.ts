/** Reading a request into a `RecordedRequest`: target, headers, and the body streamed in (raw, JSON, multipart). */
import type { IncomingMessage } from "node:http";
import { MultipartRecorder } from "./multipart";
import { splitTarget } from "./target";
import type { RecordedRequest } from "./types";

/** A recorded request and what the server needs to route it. */
export interface Received {
  recorded: RecordedRequest;
  /** Whether the path is under the API prefix (default routes answer only there). */
  inPrefix: boolean;
  /** A JSON content type with a body that is not valid JSON (the raw body was kept). */
  invalidJson: boolean;
}

/** `application/json`, `text/json` or any `…+json` media type. */
function isJsonType(contentType: string): boolean {
  const media = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  return media === "application/json" || media === "text/json" || media.endsWith("+json");
}

/**
 * Reads the whole request. Bodies over `maxRecordedBody` are counted but not kept (multipart files
 * still get their size and sha256 as they stream past).
 *
 * @param req The incoming request.
 * @param prefix The normalised API prefix.
 * @param maxRecordedBody Bytes above which the body is not kept.
 * @returns The recorded request, whether it is under the prefix, and whether its JSON was unreadable.
 * @example
 * const { recorded } = await recordRequest(req, "/v1", 1024);
 */
export async function recordRequest(req: IncomingMessage, prefix: string, maxRecordedBody: number): Promise<Received> {
  const url = req.url ?? "/";
  const { path, inPrefix, query } = splitTarget(url, prefix);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : (value ?? "");

  const type = headers["content-type"] ?? "";
  // Multipart bodies are parsed as they stream in, so huge uploads are hashed without being kept.
  const multipart = MultipartRecorder.for(type, maxRecordedBody);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    multipart?.write(chunk);
    if (size <= maxRecordedBody) chunks.push(chunk);
    else chunks.length = 0;
  }
  const rawBody = size <= maxRecordedBody ? new Uint8Array(Buffer.concat(chunks)) : new Uint8Array(0);
  const recorded: RecordedRequest = { method: req.method ?? "GET", path, url, params: {}, query, headers, rawBody, bodySize: size };
  let invalidJson = false;
  if (multipart) recorded.multipart = multipart.finish();
  else if (rawBody.length > 0 && isJsonType(type)) {
    try {
      recorded.json = JSON.parse(Buffer.from(rawBody).toString("utf8"));
    } catch {
      invalidJson = true; // the raw body stays recorded
    }
  }
  return { recorded, inPrefix, invalidJson };
}
