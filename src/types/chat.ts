/**
 * Chat completions (POST /chat/completions). Field names as on the wire.
 *
 * Overlay: `ChatCompletionParams` flattens the spec's `allOf` so hovers list the fields; the
 * `stream: true` / `stream?: false` overloads of `chatCompletion` narrow its `stream` field, which
 * the spec types as a plain boolean. In responses, `refusal` (of the message and of the logprobs)
 * may be absent and `finish_reason` null: OpenAI-compatible servers omit them, and so does a stream
 * folded by `collectChatCompletion` that never sent them.
 */
import type { Flat, Schemas } from "./schema";

/** A part of a user message's content: text, an image, input audio or a file. */
export type ChatContentPart = Schemas["ChatCompletionRequestUserMessageContentPart"];

/** A function tool call the model asked for. */
export type ChatToolCall = Schemas["ChatCompletionMessageToolCall"];

/**
 * A message sent to the model (developer, system, user, assistant, tool or the deprecated function role).
 *
 * @example
 * const messages: ChatMessageParam[] = [{ role: "user", content: "Hello!" }];
 */
export type ChatMessageParam = Schemas["ChatCompletionRequestMessage"];

/** A function tool the model may call. */
export type ChatTool = Schemas["ChatCompletionTool"];

/** A custom tool: the model calls it with free-form text (optionally constrained by a grammar) instead of JSON. */
export type ChatCustomTool = Schemas["CustomToolChatCompletions"];

/** The input format of a custom tool: free text (the default) or text matching a grammar. */
export type ChatCustomToolFormat = NonNullable<ChatCustomTool["custom"]["format"]>;

/**
 * Which tool the model may or must call: a mode, one named function or custom tool,
 * or a subset of `tools` (`allowed_tools`) with a mode.
 */
export type ChatToolChoice = Schemas["ChatCompletionToolChoiceOption"];

/**
 * Params of `chatCompletion`.
 *
 * @example
 * const params: ChatCompletionParams = { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }], verbosity: "low" };
 * await chatCompletion(params);
 */
export type ChatCompletionParams = Flat<Schemas["CreateChatCompletionRequest"]>;

/** Token usage of a completion. */
export type CompletionUsage = Schemas["CompletionUsage"];

type SpecChoice = Schemas["CreateChatCompletionResponse"]["choices"][number];

/** Log probabilities of the tokens of a choice. */
export type ChatLogprobs = Flat<Omit<NonNullable<SpecChoice["logprobs"]>, "refusal"> & { refusal?: NonNullable<SpecChoice["logprobs"]>["refusal"] }>;

/** A message the model wrote. */
export type ChatCompletionMessage = Flat<Omit<Schemas["ChatCompletionResponseMessage"], "refusal"> & { refusal?: string | null }>;

/** Why the model stopped. */
export type FinishReason = SpecChoice["finish_reason"];

/** One choice of a chat completion. */
export type ChatCompletionChoice = Flat<
  Omit<SpecChoice, "message" | "finish_reason" | "logprobs"> & {
    message: ChatCompletionMessage;
    finish_reason: FinishReason | null;
    logprobs?: ChatLogprobs | null;
  }
>;

/**
 * What `chatCompletion` returns (non-stream).
 *
 * @example
 * const [status, completion] = await chatCompletion({ model: "gpt-4o-mini", messages });
 * if (status === "ok") console.log(completion.choices[0]?.message.content);
 */
export type ChatCompletion = Flat<Omit<Schemas["CreateChatCompletionResponse"], "choices"> & { choices: ChatCompletionChoice[] }>;

/** One streamed chunk of a chat completion (`stream: true`). */
export type ChatCompletionChunk = Schemas["CreateChatCompletionStreamResponse"];

/** The official SDK's name for `ChatMessageParam`, so code ported from openai-node compiles. */
export type ChatCompletionMessageParam = ChatMessageParam;
/** The official SDK's name for `ChatTool`. */
export type ChatCompletionTool = ChatTool;
/** The official SDK's name for `ChatCompletionParams`. */
export type ChatCompletionCreateParams = ChatCompletionParams;
/** The official SDK's name for `ChatToolCall`. */
export type ChatCompletionMessageToolCall = ChatToolCall;
/** The official SDK's name for `ChatContentPart`. */
export type ChatCompletionContentPart = ChatContentPart;
/** The official SDK's name for `ChatToolChoice`. */
export type ChatCompletionToolChoiceOption = ChatToolChoice;
