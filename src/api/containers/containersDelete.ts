import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ContainerDeleted } from "../../types/containers";
import { request } from "../../_internal/request";

/**
 * Deletes a container and its files.
 *
 * @param containerId The container, e.g. `cntr_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "container.deleted", deleted: true }, meta]` (the same when the server answers an empty 200).
 * @example
 * const [status] = await containersDelete("cntr_abc123");
 * @see https://platform.openai.com/docs/api-reference/containers/deleteContainer
 */
export function containersDelete(containerId: string, config?: Config): Promise<Result<ContainerDeleted>> {
  // The spec gives the 200 no body: an empty one stands for the usual deleted object.
  const emptyResult = { id: containerId, object: "container.deleted", deleted: true };
  return request({ method: "DELETE", path: "/containers/{container_id}", ids: { container_id: containerId }, send: "none", config, emptyResult });
}
