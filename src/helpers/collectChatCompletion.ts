import type { Result } from "../result";
import type { EventStream } from "../stream";
import { foldStream } from "./fold";
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionMessage, ChatToolCall } from "../types/chat";

type Choice = ChatCompletion["choices"][number];

/**
 * Reads a chat completion stream to the end and folds its chunks into the final `ChatCompletion`:
 * content, refusal and tool call arguments are concatenated (tool calls by their `index`), finish
 * reasons and logprobs kept, and `usage` taken from the last chunk when `stream_options.include_usage` was set.
 *
 * @param stream The stream returned by `chatCompletion({ ..., stream: true })`, not yet iterated.
 * @returns `["ok", ChatCompletion, meta]` (the meta of the streaming response), or the stream's final `["error", e]`.
 * @example
 * const [status, stream] = await chatCompletion({ model: "gpt-4o-mini", messages, stream: true });
 * if (status === "ok") {
 *   const [, completion] = await collectChatCompletion(stream);
 *   console.log(completion?.choices[0]?.message.content);
 * }
 * @see https://platform.openai.com/docs/api-reference/chat-streaming
 */
export async function collectChatCompletion(stream: EventStream<ChatCompletionChunk>): Promise<Result<ChatCompletion>> {
  const completion: ChatCompletion = { id: "", object: "chat.completion", created: 0, model: "", choices: [] };
  const fold = ({ choices, usage, object: _object, ...rest }: ChatCompletionChunk) => {
    Object.assign(completion, rest);
    if (usage) completion.usage = usage;
    for (const { index, delta, finish_reason, logprobs } of choices ?? []) {
      const choice = (completion.choices[index] ??= { index, message: { role: "assistant", content: null }, finish_reason: null });
      const message = choice.message;
      if (typeof delta?.content === "string") message.content = (message.content ?? "") + delta.content;
      if (typeof delta?.refusal === "string") message.refusal = (message.refusal ?? "") + delta.refusal;
      if (delta?.function_call) message.function_call = appendCall(message.function_call ?? { name: "", arguments: "" }, delta.function_call);
      for (const call of delta?.tool_calls ?? []) foldToolCall(message, call);
      if (finish_reason) choice.finish_reason = finish_reason;
      if (logprobs) foldLogprobs(choice, logprobs);
    }
  };
  return foldStream(stream, "chatCompletion", fold, () => ({ ...completion, choices: completion.choices.filter(Boolean) }));
}

type ToolCallDelta = NonNullable<ChatCompletionChunk["choices"][number]["delta"]["tool_calls"]>[number];

function foldToolCall(message: ChatCompletionMessage, delta: ToolCallDelta): void {
  const calls = (message.tool_calls ??= []);
  // Streamed deltas only carry function calls, so every call folded here is one.
  const call = (calls[delta.index] ??= { id: "", type: "function", function: { name: "", arguments: "" } }) as ChatToolCall;
  if (delta.id) call.id = delta.id;
  if (delta.type) call.type = delta.type;
  if (delta.function) appendCall(call.function, delta.function);
}

function appendCall(target: { name: string; arguments: string }, delta: { name?: string; arguments?: string }) {
  if (delta.name) target.name += delta.name;
  if (delta.arguments) target.arguments += delta.arguments;
  return target;
}

function foldLogprobs(choice: Choice, delta: NonNullable<Choice["logprobs"]>): void {
  const into = (choice.logprobs ??= { content: null });
  if (delta.content) into.content = [...(into.content ?? []), ...delta.content];
  if (delta.refusal) into.refusal = [...(into.refusal ?? []), ...delta.refusal];
}
