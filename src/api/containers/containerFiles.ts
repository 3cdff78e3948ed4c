import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ContainerFileList, ContainerFileListParams } from "../../types/containers";
import { request } from "../../_internal/request";

/**
 * Lists the files of a container.
 *
 * @param containerId The container, e.g. `cntr_abc123`.
 * @param params `{ after?, limit?, order? }` to page through the files (pass `{}` with a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: ContainerFile[], first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await containerFiles("cntr_abc123", { limit: 100 });
 * for await (const [, file] of paginate(containerFiles, "cntr_abc123")) console.log(file.path);
 * @see https://platform.openai.com/docs/api-reference/container-files/listContainerFiles
 */
export function containerFiles(containerId: string, params?: ContainerFileListParams | Config, config?: Config): Promise<Result<ContainerFileList>> {
  return request({ method: "GET", path: "/containers/{container_id}/files", ids: { container_id: containerId }, params, paramsOptional: true, config });
}
