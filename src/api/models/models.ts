import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { Model } from "../../types/models";
import { request } from "../../_internal/request";

/**
 * Lists the available models, or retrieves one when given its id.
 *
 * @param modelId The model to retrieve (omit to list every model).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", list, meta]` (`{ object: "list", data: Model[] }`) or `["ok", model, meta]`.
 * @example
 * const [status, list] = await models();
 * const [, model] = await models("gpt-4o-mini", { apiKey: tenantKey });
 * @see https://platform.openai.com/docs/api-reference/models
 */
export function models(config?: Config): Promise<Result<ListPage<Model>>>;
export function models(modelId: string, config?: Config): Promise<Result<Model>>;
export function models(first?: string | Config, config?: Config): Promise<Result<ListPage<Model> | Model>> {
  if (typeof first === "string") return request({ method: "GET", path: "/models/{model}", ids: { model: first }, send: "none", config });
  return request({ method: "GET", path: "/models", send: "none", config: first ?? config });
}
