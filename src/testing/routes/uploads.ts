/**
 * Uploads, stateless: the Upload's id carries its filename, purpose and size, and each part's id
 * carries the part's size, so `complete` can answer with a File whose `bytes` is the sum of the
 * parts (and refuse, as OpenAI does, when that sum is not the size the Upload was created with).
 */
import { createHash } from "node:crypto";
import upload from "../../../fixtures/upload_upload.json";
import part from "../../../fixtures/upload_part.json";
import type { MockHandler, RecordedRequest } from "../types";
import { errorReply, withFields } from "./util";

interface UploadInfo {
  filename: string;
  purpose: string;
  bytes: number;
}

function body(request: RecordedRequest): Record<string, unknown> {
  const json = request.json;
  return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
}

const encode = (info: UploadInfo) => `upload_${Buffer.from(JSON.stringify([info.filename, info.purpose, info.bytes])).toString("base64url")}`;

/** The info an id made by `encode` carries; the fixture's for any other id (e.g. `upload_abc123`). */
function decode(id: string): UploadInfo & { known: boolean } {
  try {
    const [filename, purpose, bytes] = JSON.parse(Buffer.from(id.replace(/^upload_/, ""), "base64url").toString("utf8")) as [string, string, number];
    if (typeof filename === "string" && typeof purpose === "string" && typeof bytes === "number") return { filename, purpose, bytes, known: true };
  } catch {
    // not one of ours
  }
  return { filename: upload.filename, purpose: upload.purpose, bytes: upload.bytes, known: false };
}

const digest = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

function addPart(request: RecordedRequest) {
  const file = request.multipart?.files.find((entry) => entry.field === "data");
  if (!file) return errorReply(400, "Missing required parameter: 'data'.", "invalid_request_error", "missing_required_parameter", "data");
  // The part id names its size and content: sha256 of the bytes (or the recorder's, when they were not kept).
  const sha256 = (file as { sha256?: string }).sha256;
  const tag = (file.data ? digest(file.data) : (sha256 ?? Math.random().toString(16).slice(2))).slice(0, 10);
  const size = file.size;
  return withFields(part, { id: `part_${size}_${tag}`, upload_id: request.params.upload_id });
}

function complete(request: RecordedRequest) {
  const id = request.params.upload_id ?? "";
  const ids = body(request).part_ids;
  if (!Array.isArray(ids)) return errorReply(400, "Missing required parameter: 'part_ids'.", "invalid_request_error", "missing_required_parameter", "part_ids");
  const sizes = ids.map((partId) => Number(/^part_(\d+)_/.exec(String(partId))?.[1] ?? Number.NaN));
  if (sizes.some((size) => Number.isNaN(size))) return errorReply(400, "Invalid part id in 'part_ids'.", "invalid_request_error", null, "part_ids");
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const info = decode(id);
  if (info.known && total !== info.bytes) {
    return errorReply(
      400,
      `The parts add up to ${total} bytes but the Upload was created with bytes=${info.bytes}.`,
      "invalid_request_error",
      null,
      "part_ids",
    );
  }
  const file = {
    id: `file-${digest(id + ids.join(",")).slice(0, 22)}`,
    object: "file",
    bytes: total,
    created_at: upload.created_at + 60,
    filename: info.filename,
    purpose: info.purpose,
    status: "processed",
  };
  return withFields(upload, { id, filename: info.filename, purpose: info.purpose, bytes: info.bytes, status: "completed", file });
}

export const uploadsRoutes: Record<string, MockHandler> = {
  "POST /uploads": (request) => {
    const { filename, purpose, bytes, mime_type: mimeType } = body(request);
    for (const [name, value] of Object.entries({ filename, purpose, bytes, mime_type: mimeType })) {
      if (value === undefined) return errorReply(400, `Missing required parameter: '${name}'.`, "invalid_request_error", "missing_required_parameter", name);
    }
    const info = { filename: String(filename), purpose: String(purpose), bytes: Number(bytes) };
    return withFields(upload, { id: encode(info), ...info });
  },
  "POST /uploads/:upload_id/parts": addPart,
  "POST /uploads/:upload_id/complete": complete,
  "POST /uploads/:upload_id/cancel": (request) => {
    const info = decode(request.params.upload_id ?? "");
    return withFields(upload, { id: request.params.upload_id, filename: info.filename, purpose: info.purpose, bytes: info.bytes, status: "cancelled" });
  },
};
