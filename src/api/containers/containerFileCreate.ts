import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ContainerFile, ContainerFileCreateInput } from "../../types/containers";
import { hasOwnKey } from "../../_internal/args";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";

/**
 * Adds a file to a container: uploads one (multipart), or copies an uploaded file by its id (JSON).
 *
 * @param containerId The container, e.g. `cntr_abc123`.
 * @param file A path, `file:` URL, Blob, File, bytes or `{ data, filename }` to upload; or `{ file_id }` of an uploaded file.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", ContainerFile, meta]`, or a `file` error (nothing sent) when the path is missing or unreadable.
 * @example
 * const [status, file] = await containerFileCreate("cntr_abc123", "./data.csv");
 * const [, copied] = await containerFileCreate("cntr_abc123", { file_id: "file-abc123" });
 * @see https://platform.openai.com/docs/api-reference/container-files/createContainerFile
 */
export function containerFileCreate(containerId: string, file: ContainerFileCreateInput, config?: Config): Promise<Result<ContainerFile>> {
  const path = "/containers/{container_id}/files";
  const ids = { container_id: containerId };
  if (hasOwnKey(file, "file_id")) return request({ method: "POST", path, ids, params: file, config });
  return request({ method: "POST", path, ids, send: "none", form: () => uploadForm({}, [["file", file, "file"]]), config });
}
