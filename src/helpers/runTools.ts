import { chatCompletion } from "../api/chat/chatCompletion";
import type { Config } from "../config";
import { argumentError, type OpenAIError } from "../errors";
import type { ResponseMeta } from "../result";
import type { ChatCompletion, ChatCompletionParams } from "../types/chat";
import type { FunctionTool } from "./functionTool";
import { prepareTools } from "./structured/prepareTools";
import { toolLoop } from "./structured/toolLoop";
import type { ToolCallContext, ToolCallOutcome } from "./structured/runCalls";
import { describeError } from "./structured/schema";

export type { ToolCallContext, ToolCallOutcome } from "./structured/runCalls";

type MessageParam = ChatCompletionParams["messages"][number];
/** A function tool call (custom tools are not run by this loop). */
type ToolCall = Extract<NonNullable<ChatCompletion["choices"][number]["message"]["tool_calls"]>[number], { type: "function" }>;

/** A tool of `runTools`: built by `functionTool`, and the function that answers its calls. */
export interface ToolRunner<Args = unknown> {
  tool: FunctionTool<Args>;
  /** Gets the validated arguments; returns a string, or a value sent as JSON. A throw or rejection is sent to the model as an error text. */
  run: (args: Args, context: ToolCallContext) => unknown;
}

/** One round of the loop, as `onRound` sees it. */
export interface ToolRound {
  /** 1 for the first request. */
  round: number;
  completion: ChatCompletion;
  /** The calls of this round and the `tool` message each got (empty in the final round). */
  calls: ToolCallOutcome[];
}

/** Options of `runTools`. */
export interface RunToolsOptions {
  /** Requests at most (default 10); past it the loop ends with an `argument` error holding the transcript. */
  maxRounds?: number;
  /** Ends the loop between and during rounds with an `aborted` error (also given to each `run`). */
  signal?: AbortSignal;
  /** Called after each round (awaited); a throw ends the loop with an `argument` error. */
  onRound?: (round: ToolRound) => unknown;
}

/** What a finished loop gives: the final completion, the whole conversation, the number of requests. */
export interface ToolRun {
  completion: ChatCompletion;
  /** Every message sent plus the model's final answer: pass it back as `messages` to continue. */
  messages: MessageParam[];
  rounds: number;
}

/** An error of `runTools`: the error of the round that failed, with the conversation so far. */
export type ToolRunError = OpenAIError & { messages: MessageParam[]; rounds: number };

/** The result tuple of `runTools`. */
export type ToolRunResult = readonly ["ok", ToolRun, ResponseMeta] | readonly ["error", ToolRunError];

/**
 * Lets the model call your functions until it answers: each round sends the conversation, checks
 * every tool call's arguments with its tool's schema, runs the calls of the round concurrently and
 * appends their results as `tool` messages. Invalid arguments, an unknown tool, and a `run` that
 * throws or rejects become the content of the tool message (so the model can correct itself), never
 * an exception. Ends when the model answers without calling a tool.
 *
 * @param params The `chatCompletion` params (`model`, `messages`…); `tools` are added from the map.
 * @param tools Tool name → `{ tool: functionTool(schema, { name }), run }`; `run`'s arguments are typed from the schema.
 * @param options `maxRounds` (default 10), `signal`, `onRound`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { completion, messages, rounds }, meta]` (meta of the last request), or `["error", e]`
 * where `e` also holds `messages` and `rounds` so far: an API error of any round as it is, `aborted`,
 * or an `argument` error past `maxRounds`.
 * @example
 * const getWeather = functionTool(z.object({ city: z.string() }), { name: "get_weather" });
 * const [status, run] = await runTools(
 *   { model: "gpt-4o-mini", messages: [{ role: "user", content: "Weather in Paris?" }] },
 *   { get_weather: { tool: getWeather, run: ({ city }) => ({ city, celsius: 21 }) } },
 * );
 * if (status === "ok") console.log(run.completion.choices[0]?.message.content, run.rounds);
 * @see https://platform.openai.com/docs/guides/function-calling
 */
export async function runTools<T extends Record<string, unknown>>(
  params: Omit<ChatCompletionParams, "stream" | "stream_options">,
  tools: { [K in keyof T]: ToolRunner<T[K]> },
  options: RunToolsOptions = {},
  config?: Config,
): Promise<ToolRunResult> {
  const messages: MessageParam[] = [];
  let rounds = 0;
  const fail = (error: OpenAIError): ToolRunResult => ["error", { ...error, messages: [...messages], rounds }];
  try {
    if (typeof params !== "object" || params === null || !Array.isArray(params.messages)) {
      return fail(argumentError("params", "runTools params must be an object with a messages array"));
    }
    const { stream: _stream, stream_options: _streamOptions, ...rest } = params as ChatCompletionParams;
    try {
      JSON.stringify(params.messages); // the transcript rides on every error, which must stay serialisable
    } catch (error) {
      return fail(argumentError("params", `runTools params.messages cannot be sent as JSON: ${describeError(error)}`));
    }
    messages.push(...params.messages);
    const prepared = prepareTools(tools);
    if ("kind" in prepared) return fail(prepared);
    const allTools = [...(Array.isArray(rest.tools) ? rest.tools : []), ...prepared.tools];
    const end = await toolLoop<ChatCompletion, ToolRound>("runTools", "messages", prepared, options, config, {
      request: (_round, roundConfig) => chatCompletion({ ...rest, messages: [...messages], tools: allTools }, roundConfig),
      reply(completion, round) {
        const message = completion.choices?.[0]?.message;
        if (!message)
          return { kind: "parse", body: JSON.stringify(completion).slice(0, 1024), message: `runTools: the completion of round ${round} has no message` };
        const calls = Array.isArray(message.tool_calls) ? message.tool_calls.filter((call): call is ToolCall => call.type === "function") : [];
        messages.push(assistantMessage(message, calls));
        return calls;
      },
      outputs(outcomes) {
        for (const outcome of outcomes) messages.push({ role: "tool", tool_call_id: outcome.id, content: outcome.content });
      },
      round: (round, completion, calls) => ({ round, completion, calls }),
    });
    rounds = end.rounds;
    if ("error" in end) return fail(end.error);
    return ["ok", { completion: end.reply, messages: [...messages], rounds }, end.meta];
  } catch (error) {
    return fail(argumentError("params", `runTools could not read its arguments: ${describeError(error)}`));
  }
}

/** The model's message as it goes back into the conversation. */
function assistantMessage(message: ChatCompletion["choices"][number]["message"], calls: ToolCall[]): MessageParam {
  return {
    role: "assistant",
    content: message.content ?? null,
    ...(message.refusal ? { refusal: message.refusal } : {}),
    ...(calls.length > 0 ? { tool_calls: calls.map((call) => ({ id: call.id, type: call.type, function: call.function })) } : {}),
  } as MessageParam;
}
