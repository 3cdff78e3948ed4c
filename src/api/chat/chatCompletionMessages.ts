import type { Config } from "../../config";
import type { Result } from "../../result";
import type { StoredChatCompletionMessageList, StoredChatCompletionMessageListParams } from "../../types/chatCompletions";
import { request } from "../../_internal/request";

/**
 * Lists the messages of a stored chat completion.
 *
 * @param completionId The stored completion, e.g. `chatcmpl-abc123`.
 * @param params `{ after?, limit?, order? }` to page through the messages (pass `{}` with a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: messages, first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await chatCompletionMessages("chatcmpl-abc123", { limit: 50 });
 * for await (const [, message] of paginate(chatCompletionMessages, "chatcmpl-abc123")) console.log(message.content);
 * @see https://platform.openai.com/docs/api-reference/chat/getMessages
 */
export function chatCompletionMessages(
  completionId: string,
  params?: StoredChatCompletionMessageListParams | Config,
  config?: Config,
): Promise<Result<StoredChatCompletionMessageList>> {
  return request({
    method: "GET",
    path: "/chat/completions/{completion_id}/messages",
    ids: { completion_id: completionId },
    params,
    paramsOptional: true,
    config,
  });
}
