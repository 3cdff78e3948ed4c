import type { Config } from "../../config";
import type { Result } from "../../result";
import type { EventStream } from "../../stream";
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionParams } from "../../types/chat";
import { requestOrStream } from "../../_internal/stream";

/**
 * Creates a model response for a chat conversation; with `stream: true`, streams it as chunks.
 *
 * @param params `model` and `messages` (plus sampling, tools, response format, `stream`…).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, choices: [{ message, finish_reason }], usage }, meta]`; with `stream: true`,
 * `["ok", EventStream<ChatCompletionChunk>, meta]` as soon as the headers arrive.
 * @example
 * const [status, completion] = await chatCompletion({
 *   model: "gpt-4o-mini",
 *   messages: [{ role: "user", content: "Who won the world series in 2020?" }],
 * });
 * if (status === "ok") console.log(completion.choices[0]?.message.content);
 *
 * const [, stream] = await chatCompletion({ model: "gpt-4o-mini", messages, stream: true });
 * if (stream) for await (const [kind, chunk] of stream) if (kind === "ok") process.stdout.write(chunk.choices[0]?.delta.content ?? "");
 * @see https://platform.openai.com/docs/api-reference/chat/create
 * @see https://platform.openai.com/docs/api-reference/chat-streaming
 */
export function chatCompletion(params: ChatCompletionParams & { stream: true }, config?: Config): Promise<Result<EventStream<ChatCompletionChunk>>>;
export function chatCompletion(params: ChatCompletionParams & { stream?: false | null }, config?: Config): Promise<Result<ChatCompletion>>;
export function chatCompletion(params: ChatCompletionParams, config?: Config): Promise<Result<ChatCompletion | EventStream<ChatCompletionChunk>>>;
export function chatCompletion(params: ChatCompletionParams, config?: Config): Promise<Result<ChatCompletion | EventStream<ChatCompletionChunk>>> {
  const spec = { method: "POST", path: "/chat/completions", params, config } as const;
  return requestOrStream<ChatCompletion, ChatCompletionChunk>(spec, "data");
}
