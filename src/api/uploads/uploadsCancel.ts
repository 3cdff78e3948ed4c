import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Upload } from "../../types/uploads";
import { request } from "../../_internal/request";

/**
 * Cancels an Upload; no parts can be added afterwards.
 *
 * @param uploadId The upload, e.g. `upload_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", upload, meta]` (`status: "cancelled"`) or `["error", e]`.
 * @example
 * const [status, upload] = await uploadsCancel("upload_abc123");
 * @see https://platform.openai.com/docs/api-reference/uploads/cancel
 */
export function uploadsCancel(uploadId: string, config?: Config): Promise<Result<Upload>> {
  return request({ method: "POST", path: "/uploads/{upload_id}/cancel", ids: { upload_id: uploadId }, send: "none", config });
}
