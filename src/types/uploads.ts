/**
 * Uploads (/uploads): files larger than /files accepts, sent in parts.
 *
 * Overlay: the part data of `uploadsAddPart` is its positional argument, not a params field;
 * `Upload.file` is a File or null (the spec's `allOf` with a null variant says the same less
 * readably); `purpose` also takes purposes the spec does not list yet (`user_data` is accepted by the
 * API, as for /files); `FilesUploadLargeParams` is the SDK's own helper (`filesUploadLarge`).
 */
import type { FileInput, OpenAIFile } from "./files";
import type { Flat, Schemas } from "./schema";

/**
 * An Upload: a pending file that receives parts, then becomes a File on completion.
 *
 * @example
 * const [status, upload] = await uploadsCreate({ filename: "big.jsonl", purpose: "batch", bytes: 2_147_483_648, mime_type: "application/jsonl" });
 * if (status === "ok") console.log(upload.id, upload.status); // "upload_abc123" "pending"
 */
export type Upload = Flat<Omit<Schemas["Upload"], "file"> & { file?: OpenAIFile | null }>;

/** One part added to an Upload. */
export type UploadPart = Schemas["UploadPart"];

/** Purposes an Upload accepts: the spec's, `user_data`, or any newer one. */
export type UploadPurpose = Schemas["CreateUploadRequest"]["purpose"] | "user_data" | (string & {});

/**
 * Params of `uploadsCreate`.
 *
 * @example
 * await uploadsCreate({ filename: "big.jsonl", purpose: "batch", bytes: 2_147_483_648, mime_type: "application/jsonl" });
 */
export type UploadCreateParams = Flat<Omit<Schemas["CreateUploadRequest"], "purpose"> & { purpose: UploadPurpose }>;

/**
 * Params of `uploadsComplete`.
 *
 * @example
 * await uploadsComplete("upload_abc123", { part_ids: ["part_def456"] });
 */
export type UploadCompleteParams = Schemas["CompleteUploadRequest"];

/** Params of `filesUploadLarge` (the file is the first argument). */
export interface FilesUploadLargeParams {
  purpose: UploadPurpose;
  /** Defaults to the basename of the path, or the `File`'s name. */
  filename?: string;
  /** Defaults to the type of the extension (via `mime`), else `application/octet-stream`. */
  mime_type?: string;
  expires_after?: UploadCreateParams["expires_after"];
  /** Bytes per part, not sent to the server; default 64 MiB (OpenAI's limit). */
  partSize?: number;
  /** Extra attempts per part on network errors, beyond the request layer's own retries; default 3. */
  partRetries?: number;
}

/** What `filesUploadLarge` accepts: a path (streamed from disk) or a `Blob`/`File`/bytes. */
export type LargeFileInput = FileInput;
