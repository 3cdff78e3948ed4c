import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FileInput } from "../../types/files";
import type { UploadPart } from "../../types/uploads";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";

/**
 * Adds one part (at most 64 MB) to an Upload, sent as the multipart field `data`.
 *
 * @param uploadId The upload, e.g. `upload_abc123`.
 * @param data The part's bytes: a path, `file:` URL, Blob (e.g. a slice of a bigger file), File, bytes or `{ data, filename }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "upload.part", created_at, upload_id }, meta]` or `["error", e]` (a `file` error for an unreadable input).
 * @example
 * const whole = await fs.openAsBlob("./big.jsonl");
 * const [status, part] = await uploadsAddPart("upload_abc123", whole.slice(0, 64 * 1024 * 1024));
 * if (status === "ok") partIds.push(part.id);
 * @see https://platform.openai.com/docs/api-reference/uploads/add-part
 */
export function uploadsAddPart(uploadId: string, data: FileInput, config?: Config): Promise<Result<UploadPart>> {
  return request({
    method: "POST",
    path: "/uploads/{upload_id}/parts",
    ids: { upload_id: uploadId },
    form: () => uploadForm(undefined, [["data", data, "data"]]),
    send: "none",
    config,
  });
}
