import type { Config } from "../config";
import { argumentError } from "../errors";
import { err, type Result } from "../result";
import type { OpenAIFile } from "../types/files";
import type { FilesUploadLargeParams, LargeFileInput } from "../types/uploads";
import { uploadLarge } from "./uploadLarge";

/**
 * Uploads a file of any size (up to 8 GB, past the 512 MB limit of `filesUpload`) through the
 * Uploads API, in 64 MB parts read from disk, and returns the resulting File.
 *
 * Memory stays flat: at most two parts are in flight, each streamed from disk as a Blob slice. A
 * failed part is retried on its own, `partRetries` times, by the same policy as every request (network
 * errors and 408/409/429/5xx, honouring Retry-After; each part request itself runs with `retry: 0`),
 * without restarting the upload; when a part or the completion fails for good, the Upload is
 * cancelled and the error returned.
 *
 * @param file A path or `file:` URL (streamed from disk), or a Blob, File, bytes or `{ data, filename }`.
 * @param params `purpose`; optional `filename` and `mime_type` (default: the basename and its type by extension),
 *   `expires_after`, and the local `partSize` (bytes, default 64 MiB) and `partRetries` (default 3), not sent.
 * @param config Per-call config, merged over the defaults; used for every request of the upload.
 * @returns `["ok", file, meta]` (the File of the completed Upload, `meta` of the completing call) or `["error", e]`.
 * @example
 * const [status, file] = await filesUploadLarge("./batch-input.jsonl", { purpose: "batch" });
 * if (status === "ok") await batchesCreate({ input_file_id: file.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
 * @see https://platform.openai.com/docs/api-reference/uploads
 */
export function filesUploadLarge(file: LargeFileInput, params: FilesUploadLargeParams, config?: Config): Promise<Result<OpenAIFile>> {
  // uploadLarge returns every failure as a tuple; this catch only guards against exotic arguments (throwing getters).
  return uploadLarge(file, params, config).catch((cause: unknown) =>
    err(
      argumentError(
        "arguments",
        `The arguments could not be read (${cause instanceof Error ? cause.message : "unknown failure"}); pass plain objects and strings`,
      ),
    ),
  );
}
