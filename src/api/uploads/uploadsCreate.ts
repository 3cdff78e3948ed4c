import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Upload, UploadCreateParams } from "../../types/uploads";
import { request } from "../../_internal/request";

/**
 * Creates an Upload, to which parts of up to 64 MB are then added (files up to 8 GB).
 *
 * @param params `filename`, `purpose`, `bytes` (the total size), `mime_type`, optional `expires_after`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", upload, meta]` (`status: "pending"`) or `["error", e]`.
 * @example
 * const [status, upload] = await uploadsCreate({ filename: "train.jsonl", purpose: "fine-tune", bytes: 2_147_483_648, mime_type: "text/jsonl" });
 * @see https://platform.openai.com/docs/api-reference/uploads/create
 */
export function uploadsCreate(params: UploadCreateParams, config?: Config): Promise<Result<Upload>> {
  return request({ method: "POST", path: "/uploads", params, config });
}
