/** Uploads (/uploads): files larger than /files accepts, sent in parts. */
import type { OpenAIFile, FileInput } from "./files";

/**
 * An Upload: a pending file that receives parts, then becomes a File on completion.
 *
 * @example
 * const [status, upload] = await uploadsCreate({ filename: "big.jsonl", purpose: "batch", bytes: 2_147_483_648, mime_type: "application/jsonl" });
 * if (status === "ok") console.log(upload.id, upload.status); // "upload_abc123" "pending"
 */
export interface Upload {
  id: string;
  object: "upload";
  created_at: number;
  filename: string;
  /** The size the upload was created for. */
  bytes: number;
  purpose: string;
  status: "pending" | "completed" | "cancelled" | "expired";
  expires_at: number;
  /** The File made from the parts, once `status` is `completed`. */
  file?: OpenAIFile | null;
}

/** One part added to an Upload. */
export interface UploadPart {
  id: string;
  object: "upload.part";
  created_at: number;
  upload_id: string;
}

/** Purposes an Upload accepts. */
export type UploadPurpose = "assistants" | "batch" | "fine-tune" | "vision" | "user_data";

/** Params of `uploadsCreate`. */
export interface UploadCreateParams {
  filename: string;
  purpose: UploadPurpose | string;
  /** The total size of the file in bytes (at most 8 GB). */
  bytes: number;
  /** The MIME type, e.g. `application/jsonl`; it must be supported for the purpose. */
  mime_type: string;
  expires_after?: { anchor: "created_at"; seconds: number };
}

/** Params of `uploadsComplete`. */
export interface UploadCompleteParams {
  /** Part ids in file order. */
  part_ids: string[];
  /** The MD5 of the whole file, checked by the server when given. */
  md5?: string;
}

/** Params of `filesUploadLarge` (the file is the first argument). */
export interface FilesUploadLargeParams {
  purpose: UploadPurpose | string;
  /** Defaults to the basename of the path, or the `File`'s name. */
  filename?: string;
  /** Defaults to the type of the extension (via `mime`), else `application/octet-stream`. */
  mime_type?: string;
  expires_after?: { anchor: "created_at"; seconds: number };
  /** Bytes per part, not sent to the server; default 64 MiB (OpenAI's limit). */
  partSize?: number;
  /** Extra attempts per part on network errors, beyond the request layer's own retries; default 3. */
  partRetries?: number;
}

/** What `filesUploadLarge` accepts: a path (streamed from disk) or a `Blob`/`File`/bytes. */
export type LargeFileInput = FileInput;
