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
export type FileInput = string | URL | Blob | File | Uint8Array | { data: Blob | Uint8Array; filename: string } | NamedUpload;

/**
 * Bytes, a Blob or a stream with the name (and optionally the content type) to upload them under:
 * what `toFile` returns. Without `type`, the content type comes from the name's extension.
 *
 * @example
 * const upload: NamedUpload = { data: response.body!, filename: "speech.mp3", type: "audio/mpeg" };
 */
export interface NamedUpload {
  data: Blob | Uint8Array | ReadableStream<Uint8Array>;
  filename: string;
  type?: string;
}

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

/**
 * What `filesDownload` returns: where the file was written and how many bytes it has.
 *
 * @example
 * const [status, saved] = await filesDownload("file-abc123", "./out.jsonl");
 * if (status === "ok") console.log(`${saved.bytes} bytes in ${saved.path}`);
 */
export interface FileDownload {
  /** The absolute path of the written file. */
  path: string;
  /** Its size in bytes. */
  bytes: number;
}

/** The official SDK's name for `OpenAIFile`, so code ported from openai-node compiles. */
export type FileObject = OpenAIFile;
