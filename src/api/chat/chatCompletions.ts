import type { Config } from "../../config";
import type { Result } from "../../result";
import type { StoredChatCompletion, StoredChatCompletionList, StoredChatCompletionListParams } from "../../types/chatCompletions";
import { request } from "../../_internal/request";

/**
 * Lists the chat completions stored with `store: true`, or retrieves one when given its id.
 *
 * @param params `{ model?, metadata?, after?, limit?, order? }` to filter and page the list (pass `{}` with a config).
 *   In the second form: the completion id to retrieve.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data, first_id, last_id, has_more }, meta]`, or `["ok", completion, meta]` for an id.
 * @example
 * const [status, page] = await chatCompletions({ model: "gpt-4o-mini", limit: 10 });
 * const [, completion] = await chatCompletions("chatcmpl-abc123");
 * for await (const [, item] of paginate(chatCompletions, { metadata: { team: "support" } })) console.log(item.id);
 * @see https://platform.openai.com/docs/api-reference/chat/list
 */
export function chatCompletions(params?: StoredChatCompletionListParams | Config, config?: Config): Promise<Result<StoredChatCompletionList>>;
export function chatCompletions(completionId: string, config?: Config): Promise<Result<StoredChatCompletion>>;
export function chatCompletions(
  first?: string | StoredChatCompletionListParams | Config,
  config?: Config,
): Promise<Result<StoredChatCompletionList | StoredChatCompletion>> {
  if (typeof first === "string")
    return request({ method: "GET", path: "/chat/completions/{completion_id}", ids: { completion_id: first }, send: "none", config });
  return request({ method: "GET", path: "/chat/completions", params: first, paramsOptional: true, config });
}
