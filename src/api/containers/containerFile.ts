import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ContainerFile } from "../../types/containers";
import { request } from "../../_internal/request";

/**
 * Retrieves one file of a container (its path, size and source, not its content).
 *
 * @param containerId The container, e.g. `cntr_abc123`.
 * @param fileId The file, e.g. `cfile_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "container.file", container_id, path, bytes, source, created_at }, meta]`.
 * @example
 * const [status, file] = await containerFile("cntr_abc123", "cfile_abc123");
 * if (status === "ok") console.log(file.path, file.bytes);
 * @see https://platform.openai.com/docs/api-reference/container-files/retrieveContainerFile
 */
export function containerFile(containerId: string, fileId: string, config?: Config): Promise<Result<ContainerFile>> {
  return request({
    method: "GET",
    path: "/containers/{container_id}/files/{file_id}",
    ids: { container_id: containerId, file_id: fileId },
    send: "none",
    config,
  });
}
