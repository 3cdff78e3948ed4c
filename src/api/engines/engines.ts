import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { Engine } from "../../types/engines";
import { request } from "../../_internal/request";

/**
 * Lists the engines, or retrieves one when given its id (a retired endpoint).
 *
 * @deprecated OpenAI replaced engines with models: use `models` instead.
 * @param engineId The engine to retrieve, e.g. `davinci` (omit to list).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: Engine[] }, meta]` or `["ok", Engine, meta]`.
 * @example
 * const [status, list] = await engines();
 * const [, engine] = await engines("davinci");
 * @see https://platform.openai.com/docs/api-reference/models
 */
export function engines(config?: Config): Promise<Result<ListPage<Engine>>>;
/** @deprecated OpenAI replaced engines with models: use `models(modelId)` instead. */
export function engines(engineId: string, config?: Config): Promise<Result<Engine>>;
export function engines(first?: string | Config, config?: Config): Promise<Result<ListPage<Engine> | Engine>> {
  if (typeof first === "string") return request({ method: "GET", path: "/engines/{engine_id}", ids: { engine_id: first }, send: "none", config });
  return request({ method: "GET", path: "/engines", send: "none", config: first ?? config });
}
