import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Container, ContainerList, ContainerListParams } from "../../types/containers";
import { request } from "../../_internal/request";

/**
 * Lists your containers, or retrieves one when given its id.
 *
 * @param params `{ name?, after?, limit?, order? }` to filter and page the list (pass `{}` with a config).
 *   In the second form: the container id to retrieve.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: Container[], first_id, last_id, has_more }, meta]`, or `["ok", container, meta]` for an id.
 * @example
 * const [status, page] = await containers({ limit: 10 });
 * const [, container] = await containers("cntr_abc123");
 * for await (const [, item] of paginate(containers, {})) console.log(item.name);
 * @see https://platform.openai.com/docs/api-reference/containers/listContainers
 */
export function containers(params?: ContainerListParams | Config, config?: Config): Promise<Result<ContainerList>>;
export function containers(containerId: string, config?: Config): Promise<Result<Container>>;
export function containers(first?: string | ContainerListParams | Config, config?: Config): Promise<Result<ContainerList | Container>> {
  if (typeof first === "string") return request({ method: "GET", path: "/containers/{container_id}", ids: { container_id: first }, send: "none", config });
  return request({ method: "GET", path: "/containers", params: first, paramsOptional: true, config });
}
