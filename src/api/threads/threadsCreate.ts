import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Thread, ThreadCreateParams } from "../../types/threads";
import { request } from "../../_internal/request";

/**
 * Creates a thread, optionally with its first messages.
 *
 * @param params `messages`, `metadata`, `tool_resources`; `{}` is sent when omitted.
 * @param config Per-call config, merged over the defaults (`OpenAI-Beta: assistants=v2` unless `beta` is set).
 * @returns `["ok", { id, object: "thread", created_at, metadata }, meta]`.
 * @example
 * const [status, thread] = await threadsCreate({ messages: [{ role: "user", content: "Hello, what is AI?" }] });
 * @see https://platform.openai.com/docs/api-reference/threads/createThread
 * @deprecated OpenAI has deprecated the Assistants API: use `responsesCreate` (with `conversationsCreate`,
 *   `conversationItemsCreate` and `conversationItems` for the history) instead.
 */
export function threadsCreate(params?: ThreadCreateParams | Config, config?: Config): Promise<Result<Thread>> {
  return request({ method: "POST", path: "/threads", params, paramsOptional: true, config, beta: "assistants" });
}
