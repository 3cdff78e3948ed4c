/** Types of stored chat completions (`/chat/completions` with `store: true`), from the generated spec types. */
import type { Schemas, Query, JsonBody } from "./schema";

/**
 * A page of stored chat completions.
 *
 * @example
 * const [status, page] = await chatCompletions({ model: "gpt-4o-mini", limit: 10 });
 * if (status === "ok") for (const completion of page.data) console.log(completion.id);
 */
export type StoredChatCompletionList = Schemas["ChatCompletionList"];

/** Query of `chatCompletions(params)`: filter by `model` or `metadata`, page with `after`/`limit`/`order`. */
export type StoredChatCompletionListParams = Query<"listChatCompletions">;

/** A stored chat completion, as `chatCompletions(id)` answers it. */
export type StoredChatCompletion = Schemas["CreateChatCompletionResponse"];

/** What `chatCompletionsModify` sends: the new `metadata` (the only field that can change). */
export type StoredChatCompletionModifyParams = JsonBody<"updateChatCompletion">;

/** The answer of `chatCompletionsDelete`. */
export type StoredChatCompletionDeleted = Schemas["ChatCompletionDeleted"];

/** A page of the messages of a stored chat completion. */
export type StoredChatCompletionMessageList = Schemas["ChatCompletionMessageList"];

/** Query of `chatCompletionMessages(completionId, params)`. */
export type StoredChatCompletionMessageListParams = Query<"getChatCompletionMessages">;
