import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ChatCompletion, ChatCompletionParams } from "../../types/chat";
import { request } from "../../_internal/request";

/**
 * Creates a model response for a chat conversation.
 *
 * @param params `model` and `messages` (plus sampling, tools, response format…).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, choices: [{ message, finish_reason }], usage }, meta]`.
 * @example
 * const [status, completion] = await chatCompletion({
 *   model: "gpt-4o-mini",
 *   messages: [{ role: "user", content: "Who won the world series in 2020?" }],
 * });
 * if (status === "ok") console.log(completion.choices[0]?.message.content);
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
export function chatCompletion(params: ChatCompletionParams, config?: Config): Promise<Result<ChatCompletion>> {
  return request({ method: "POST", path: "/chat/completions", params, config });
}
