import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Container, ContainerCreateParams } from "../../types/containers";
import { request } from "../../_internal/request";

/**
 * Creates a container for the code interpreter tool.
 *
 * @param params `name` (plus `file_ids?`, `expires_after?: { anchor: "last_active_at", minutes }`, `memory_limit?`...).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Container, meta]`, usually with `status: "running"`.
 * @example
 * const [status, container] = await containersCreate({ name: "analysis", expires_after: { anchor: "last_active_at", minutes: 20 } });
 * if (status === "ok") console.log(container.id);
 * @see https://platform.openai.com/docs/api-reference/containers/createContainers
 */
export function containersCreate(params: ContainerCreateParams, config?: Config): Promise<Result<Container>> {
  return request({ method: "POST", path: "/containers", params, config });
}
