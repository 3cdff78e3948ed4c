/**
 * Files (/files) and the inputs accepted for every upload.
 *
 * Overlay: the file of `filesUpload` is its first argument (a `FileInput`, the SDK's own type), not a
 * params field.
 */
import type { Flat, Query, Schemas } from "./schema";

/**
 * Anything an upload accepts: a path (string or `file:` URL, streamed from disk), a `Blob` or `File`,
 * bytes, or bytes with a filename.
 *
 * @example
 * await filesUpload("./train.jsonl", { purpose: "fine-tune" });
 * await filesUpload({ data: new TextEncoder().encode(jsonl), filename: "train.jsonl" }, { purpose: "fine-tune" });
 */
export type FileInput = string | URL | Blob | File | Uint8Array | { data: Blob | Uint8Array; filename: string };

/** Why a file was uploaded (as the API reports it). */
export type FilePurpose = OpenAIFile["purpose"];

/**
 * A file stored by OpenAI.
 *
 * @example
 * const [status, file] = await files("file-abc123");
 * if (status === "ok") console.log(file.filename, file.bytes);
 */
export type OpenAIFile = Schemas["OpenAIFile"];

/**
 * Params of `filesUpload` (the file itself is the first argument).
 *
 * @example
 * await filesUpload("./batch.jsonl", { purpose: "batch", expires_after: { anchor: "created_at", seconds: 3600 } });
 */
export type FileUploadParams = Flat<Omit<Schemas["CreateFileRequest"], "file">>;

/** The body of `filesDelete`. */
export type FileDeleted = Schemas["DeleteFileResponse"];

/**
 * Params of `files()` when listing (the query string of GET /files).
 *
 * @example
 * await files({ purpose: "batch", limit: 10 });
 */
export type FileListParams = Query<"listFiles">;
