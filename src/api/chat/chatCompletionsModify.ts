import type { Config } from "../../config";
import type { Result } from "../../result";
import type { StoredChatCompletion, StoredChatCompletionModifyParams } from "../../types/chatCompletions";
import { request } from "../../_internal/request";

/**
 * Replaces the metadata of a stored chat completion (the only field that can change).
 *
 * @param completionId The stored completion, e.g. `chatcmpl-abc123`.
 * @param params `{ metadata }`: up to 16 string pairs (`null` clears them).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", StoredChatCompletion, meta]` with the new metadata.
 * @example
 * const [status, completion] = await chatCompletionsModify("chatcmpl-abc123", { metadata: { reviewed: "yes" } });
 * @see https://platform.openai.com/docs/api-reference/chat/update
 */
export function chatCompletionsModify(completionId: string, params: StoredChatCompletionModifyParams, config?: Config): Promise<Result<StoredChatCompletion>> {
  return request({ method: "POST", path: "/chat/completions/{completion_id}", ids: { completion_id: completionId }, params, config });
}
