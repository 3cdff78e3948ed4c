import type { Config } from "../../config";
import type { Result } from "../../result";
import type { StoredChatCompletionDeleted } from "../../types/chatCompletions";
import { request } from "../../_internal/request";

/**
 * Deletes a stored chat completion.
 *
 * @param completionId The stored completion, e.g. `chatcmpl-abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "chat.completion.deleted", id, deleted: true }, meta]`.
 * @example
 * const [status, deleted] = await chatCompletionsDelete("chatcmpl-abc123");
 * @see https://platform.openai.com/docs/api-reference/chat/delete
 */
export function chatCompletionsDelete(completionId: string, config?: Config): Promise<Result<StoredChatCompletionDeleted>> {
  return request({ method: "DELETE", path: "/chat/completions/{completion_id}", ids: { completion_id: completionId }, send: "none", config });
}
