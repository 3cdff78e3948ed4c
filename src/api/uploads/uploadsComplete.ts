import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Upload, UploadCompleteParams } from "../../types/uploads";
import { request } from "../../_internal/request";

/**
 * Completes an Upload, turning its parts (in the given order) into a File.
 *
 * @param uploadId The upload, e.g. `upload_abc123`.
 * @param params `part_ids` in file order, optional `md5`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", upload, meta]` with `status: "completed"` and the new File in `upload.file`, or `["error", e]`.
 * @example
 * const [status, upload] = await uploadsComplete("upload_abc123", { part_ids: ["part_def456", "part_ghi789"] });
 * if (status === "ok") console.log(upload.file?.id);
 * @see https://platform.openai.com/docs/api-reference/uploads/complete
 */
export function uploadsComplete(uploadId: string, params: UploadCompleteParams, config?: Config): Promise<Result<Upload>> {
  return request({ method: "POST", path: "/uploads/{upload_id}/complete", ids: { upload_id: uploadId }, params, config });
}
