import { chatCompletion } from "../api/chat/chatCompletion";
import type { Config } from "../config";
import { argumentError } from "../errors";
import { err, type Result } from "../result";
import type { ChatCompletion, ChatCompletionParams } from "../types/chat";
import { parseChatCompletion, toolSchemas } from "./structured/parseChat";
import { carried, describeError, type Carrying } from "./structured/schema";

type Choice = ChatCompletion["choices"][number];
type Message = Choice["message"];
type ToolCall = NonNullable<Message["tool_calls"]>[number];

/** A tool call with `function.parsed_arguments` when its tool was built by `functionTool`. */
export type ParsedToolCall = ToolCall extends { function: infer F } ? Omit<ToolCall, "function"> & { function: F & { parsed_arguments?: unknown } } : ToolCall;

/** A message of `chatCompletionParse`: `parsed` is the validated value, `null` for a refusal or no content. */
export type ParsedChatMessage<T> = Omit<Message, "tool_calls"> & { parsed: T | null; tool_calls?: ParsedToolCall[] };

/** What `chatCompletionParse` returns: a `ChatCompletion` whose messages carry `parsed`. */
export type ParsedChatCompletion<T> = Omit<ChatCompletion, "choices"> & { choices: Array<Omit<Choice, "message"> & { message: ParsedChatMessage<T> }> };

/** The type of `message.parsed` for these params: the format's schema output, `unknown` for a plain `json_schema`, else `null`. */
export type ParsedOutput<P> = P extends { response_format?: infer F }
  ? F extends Carrying<infer T>
    ? T
    : F extends { type: "json_schema" }
      ? unknown
      : null
  : null;

/**
 * Sends a chat completion and parses its structured output: with a `response_format` built by
 * `responseFormat(schema, name)`, each choice's `message.parsed` holds the value validated by the
 * schema (typed from it); a refusal is data (`message.refusal` set, `parsed: null`). Calls of tools
 * built by `functionTool` get `function.parsed_arguments`. JSON that does not parse or that the
 * schema rejects is a `validation` error with the issues and the raw text (its message says when
 * the output was cut by the token limit); a schema that could not be converted is an `argument`
 * error, and nothing is sent.
 *
 * @param params The `chatCompletion` params (not streamed), usually with `response_format: responseFormat(...)`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", ParsedChatCompletion, meta]` or `["error", e]`.
 * @example
 * const Person = z.object({ name: z.string(), age: z.number().optional() });
 * const [status, completion] = await chatCompletionParse({
 *   model: "gpt-4o-mini",
 *   messages: [{ role: "user", content: "Ada Lovelace, 36" }],
 *   response_format: responseFormat(Person, "person"),
 * });
 * if (status === "ok") console.log(completion.choices[0]?.message.parsed); // { name: "Ada Lovelace", age: 36 }
 * else if (completion.kind === "validation") console.error(completion.issues, completion.raw);
 * @see https://platform.openai.com/docs/guides/structured-outputs
 */
export async function chatCompletionParse<P extends ChatCompletionParams & { stream?: false | null }>(
  params: P,
  config?: Config,
): Promise<Result<ParsedChatCompletion<ParsedOutput<P>>>> {
  try {
    if (typeof params !== "object" || params === null || Array.isArray(params)) {
      return err(argumentError("params", `chatCompletionParse params must be an object, got ${params === null ? "null" : typeof params}`));
    }
    if ((params as ChatCompletionParams).stream === true) {
      return err(argumentError("params", "chatCompletionParse does not stream: drop stream: true, or fold the stream with collectChatCompletion first"));
    }
    const problem = carried(params.response_format)?.problem ?? [...toolSchemas(params.tools).values()].find((tool) => tool.problem)?.problem;
    if (problem) return err(problem);
    const result = await chatCompletion(params as ChatCompletionParams & { stream?: false | null }, config);
    if (result[0] === "error") return result;
    const parsed = await parseChatCompletion(result[1], params);
    if (!parsed.ok) return err(parsed.error);
    return ["ok", parsed.value as unknown as ParsedChatCompletion<ParsedOutput<P>>, result[2]];
  } catch (error) {
    return err(argumentError("params", `chatCompletionParse could not read its params: ${describeError(error)}`));
  }
}
