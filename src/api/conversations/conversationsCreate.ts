import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Conversation, ConversationCreateParams } from "../../types/conversations";
import { request } from "../../_internal/request";

/**
 * Creates a conversation, optionally with metadata and up to 20 starting items.
 *
 * @param params Optional `metadata` and `items` (or a config alone).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", conversation, meta]` or `["error", e]`.
 * @example
 * const [status, conversation] = await conversationsCreate({
 *   metadata: { topic: "demo" },
 *   items: [{ type: "message", role: "user", content: "Hello!" }],
 * });
 * @see https://platform.openai.com/docs/api-reference/conversations/create
 */
export function conversationsCreate(params?: ConversationCreateParams | Config, config?: Config): Promise<Result<Conversation>> {
  return request({ method: "POST", path: "/conversations", params, paramsOptional: true, config });
}
