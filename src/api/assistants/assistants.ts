import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ListPage } from "../../types/common";
import type { Assistant, AssistantListParams } from "../../types/assistants";
import { request } from "../../_internal/request";

/**
 * Lists assistants (`limit`, `order`, `after`, `before` as query), or retrieves one when given its id.
 *
 * @param params Query params of the list form, or a config alone.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { object: "list", data: Assistant[], first_id, last_id, has_more }, meta]`, or
 *   `["ok", Assistant, meta]` for the id form.
 * @example
 * const [status, page] = await assistants({ limit: 10, order: "desc" });
 * const [, assistant] = await assistants("asst_abc123", { apiKey: tenantKey });
 * @see https://platform.openai.com/docs/api-reference/assistants/listAssistants
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function assistants(params?: AssistantListParams | Config, config?: Config): Promise<Result<ListPage<Assistant>>>;
/**
 * Retrieves an assistant by id.
 *
 * @param assistantId The assistant, e.g. `asst_abc123`.
 * @param config Per-call config.
 * @returns `["ok", Assistant, meta]` or `["error", e]`.
 * @example
 * const [status, assistant] = await assistants("asst_abc123");
 * @see https://platform.openai.com/docs/api-reference/assistants/getAssistant
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` and the Conversations functions.
 */
export function assistants(assistantId: string, config?: Config): Promise<Result<Assistant>>;
export function assistants(first?: string | AssistantListParams | Config, config?: Config): Promise<Result<ListPage<Assistant> | Assistant>> {
  if (typeof first === "string") {
    return request({ method: "GET", path: "/assistants/{assistantId}", ids: { assistantId: first }, send: "none", config, beta: "assistants" });
  }
  return request({
    method: "GET",
    path: "/assistants",
    params: first,
    idHint: `an assistant id is a string such as "asst_abc123"`,
    paramsOptional: true,
    config,
    beta: "assistants",
  });
}
