import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ContainerDeleted } from "../../types/containers";
import { request } from "../../_internal/request";

/**
 * Deletes a file from a container.
 *
 * @param containerId The container, e.g. `cntr_abc123`.
 * @param fileId The file, e.g. `cfile_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "container.file.deleted", deleted: true }, meta]` (the same when the server answers an empty 200).
 * @example
 * const [status] = await containerFileDelete("cntr_abc123", "cfile_abc123");
 * @see https://platform.openai.com/docs/api-reference/container-files/deleteContainerFile
 */
export function containerFileDelete(containerId: string, fileId: string, config?: Config): Promise<Result<ContainerDeleted>> {
  // The spec gives the 200 no body: an empty one stands for the usual deleted object.
  const emptyResult = { id: fileId, object: "container.file.deleted", deleted: true };
  return request({
    method: "DELETE",
    path: "/containers/{container_id}/files/{file_id}",
    ids: { container_id: containerId, file_id: fileId },
    send: "none",
    config,
    emptyResult,
  });
}
