import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FileInput, FileUploadParams, OpenAIFile } from "../../types/files";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";

/**
 * Uploads a file for fine-tuning, assistants, batches and more; a path is streamed from disk.
 *
 * @param file A path, `file:` URL, Blob, File, bytes or `{ data, filename }`.
 * @param params `purpose` (plus `expires_after: { anchor, seconds }`, sent as bracket fields).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "file", bytes, filename, purpose, … }, meta]`, or a `file` error
 *   (nothing sent) when the path is missing, a directory or unreadable.
 * @example
 * const [status, file] = await filesUpload("./train.jsonl", { purpose: "fine-tune" });
 * if (status === "ok") console.log(file.id);
 * @see https://platform.openai.com/docs/api-reference/files/create
 */
export function filesUpload(file: FileInput, params: FileUploadParams, config?: Config): Promise<Result<OpenAIFile>> {
  return request({ method: "POST", path: "/files", params, form: () => uploadForm(params, [["file", file, "file"]]), config });
}
