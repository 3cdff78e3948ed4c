/**
 * The multipart file list of a skill upload: one input goes as `files`, several as repeated
 * `files[]` (the array form both official SDKs send).
 */
import type { FormFile } from "./multipart";

/** The `FormFile`s of `files` (one input or an array of them), for `uploadForm`. */
export function skillFormFiles(files: unknown): FormFile[] {
  if (!Array.isArray(files)) return [["files", files, "files"]];
  return files.map((input, index): FormFile => ["files[]", input, `files[${index}]`]);
}
