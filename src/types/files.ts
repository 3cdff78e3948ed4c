/** Files (/files) and the inputs accepted for every upload. */

/**
 * Anything an upload accepts: a path (string or `file:` URL, streamed from disk), a `Blob` or `File`,
 * bytes, or bytes with a filename.
 *
 * @example
 * await filesUpload("./train.jsonl", { purpose: "fine-tune" });
 * await filesUpload({ data: new TextEncoder().encode(jsonl), filename: "train.jsonl" }, { purpose: "fine-tune" });
 */
export type FileInput = string | URL | Blob | File | Uint8Array | { data: Blob | Uint8Array; filename: string };

/** Why a file was uploaded. */
export type FilePurpose = "assistants" | "assistants_output" | "batch" | "batch_output" | "fine-tune" | "fine-tune-results" | "vision" | "user_data" | "evals";

/** A file stored by OpenAI. */
export interface OpenAIFile {
  id: string;
  object: "file";
  bytes: number;
  created_at: number;
  expires_at?: number | null;
  filename: string;
  purpose: FilePurpose | string;
  /** @deprecated always `processed` nowadays. */
  status?: "uploaded" | "processed" | "error" | string;
  /** @deprecated see `error` on fine-tuning jobs. */
  status_details?: string | null;
}

/** Params of `filesUpload` (the file itself is the first argument). */
export interface FileUploadParams {
  purpose: FilePurpose | string;
  /** When the file expires, e.g. `{ anchor: "created_at", seconds: 3600 }` (sent as bracket fields). */
  expires_after?: { anchor: "created_at"; seconds: number };
}

/** The body of `filesDelete`. */
export interface FileDeleted {
  id: string;
  object: "file";
  deleted: boolean;
}

/** Params of `files()` when listing (the query string of GET /files). */
export interface FileListParams {
  /** Only files with this purpose. */
  purpose?: FilePurpose | (string & {});
  /** How many files per page (1-10 000, default 10 000). */
  limit?: number;
  /** Sort by `created_at`; default `desc`. */
  order?: "asc" | "desc";
  /** Cursor: the id after which to start. */
  after?: string;
}

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
