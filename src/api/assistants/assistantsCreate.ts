import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Assistant, AssistantCreateParams } from "../../types/assistants";
import { request } from "../../_internal/request";

/**
 * Creates an assistant: a model with instructions and tools.
 *
 * @param params `model` (required), `name`, `instructions`, `tools`, `tool_resources`, `metadata`…
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", Assistant, meta]` or `["error", e]`.
 * @example
 * const [status, assistant] = await assistantsCreate({
 *   model: "gpt-4o-mini",
 *   name: "Math tutor",
 *   instructions: "You are a personal math tutor.",
 *   tools: [{ type: "code_interpreter" }],
 * });
 * @see https://platform.openai.com/docs/api-reference/assistants/createAssistant
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function assistantsCreate(params: AssistantCreateParams, config?: Config): Promise<Result<Assistant>> {
  return request({ method: "POST", path: "/assistants", params, config, beta: "assistants" });
}
