import type { Config } from "../../config";
import type { Result } from "../../result";
import type { FileInput } from "../../types/files";
import type { ContentProvenanceCheck } from "../../types/contentProvenance";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";

/**
 * Checks a media file for provenance signals (C2PA manifests, SynthID watermarks); the file is sent as multipart.
 *
 * @param file A path, `file:` URL, Blob, File, bytes or `{ data, filename }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object, created_at, results: [{ type, ... }] }, meta]`, or a `file` error (nothing sent) when the path is missing or unreadable.
 * @example
 * const [status, check] = await contentProvenanceChecksCreate("./photo.png");
 * if (status === "ok") for (const result of check.results) console.log(result.type);
 * @see https://platform.openai.com/docs/api-reference/content-provenance/create
 */
export function contentProvenanceChecksCreate(file: FileInput, config?: Config): Promise<Result<ContentProvenanceCheck>> {
  return request({ method: "POST", path: "/content_provenance_checks", send: "none", form: () => uploadForm({}, [["file", file, "file"]]), config });
}
