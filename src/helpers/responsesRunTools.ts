import { responsesCreate } from "../api/responses/responsesCreate";
import type { Config } from "../config";
import { abortedError, argumentError, type OpenAIError } from "../errors";
import type { ResponseMeta } from "../result";
import type { ResponseCreateParams, ResponseObject } from "../types/responses";
import type { RunToolsOptions, ToolRunner } from "./runTools";
import { loopConfig, untilAborted } from "./structured/loopSignal";
import { prepareTools } from "./structured/prepareTools";
import { runCalls, type ToolCallOutcome } from "./structured/runCalls";
import { describeError } from "./structured/schema";

type InputItem = Exclude<NonNullable<ResponseCreateParams["input"]>, string>[number];
type OutputItem = ResponseObject["output"][number];
type ChatCall = Parameters<typeof runCalls>[0][number];

/** One round of the Responses loop, as `onRound` sees it. */
export interface ResponsesToolRound {
  round: number;
  response: ResponseObject;
  calls: ToolCallOutcome[];
}

/** What a finished Responses loop gives: the final response, every item of the conversation, the number of requests. */
export interface ResponsesToolRun {
  response: ResponseObject;
  /** The input, then each response's output items and the `function_call_output` items sent back. */
  items: InputItem[];
  rounds: number;
}

/** An error of `responsesRunTools`, with the conversation so far. */
export type ResponsesToolRunError = OpenAIError & { items: InputItem[]; rounds: number };

/** The result tuple of `responsesRunTools`. */
export type ResponsesToolRunResult = readonly ["ok", ResponsesToolRun, ResponseMeta] | readonly ["error", ResponsesToolRunError];

/**
 * The tool loop of `runTools` on the Responses API: the same `functionTool` map, sent as Responses
 * function tools; each round's `function_call` items are validated and run concurrently, and their
 * results sent back as `function_call_output` items on top of `previous_response_id`, until a
 * response has no function call. Failures of a call become its output text, never an exception.
 *
 * @param params The `responsesCreate` params (`model`, `input`…; `stream` is ignored); `tools` are added from the map.
 * @param tools Tool name → `{ tool: functionTool(schema, { name }), run }`; `run`'s arguments are typed from the schema.
 * @param options `maxRounds` (default 10), `signal`, `onRound` (sees `{ round, response, calls }`).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { response, items, rounds }, meta]`, or `["error", e]` with `e.items` and `e.rounds`.
 * @example
 * const getWeather = functionTool(z.object({ city: z.string() }), { name: "get_weather" });
 * const [status, run] = await responsesRunTools({ model: "gpt-4o-mini", input: "Weather in Paris?" }, { get_weather: { tool: getWeather, run: ({ city }) => `21 °C in ${city}` } });
 * if (status === "ok") console.log(run.response.output, run.rounds);
 * @see https://platform.openai.com/docs/guides/function-calling
 */
export async function responsesRunTools<T extends Record<string, unknown>>(
  params: Omit<ResponseCreateParams, "stream" | "stream_options">,
  tools: { [K in keyof T]: ToolRunner<T[K]> },
  options: Omit<RunToolsOptions, "onRound"> & { onRound?: (round: ResponsesToolRound) => unknown } = {},
  config?: Config,
): Promise<ResponsesToolRunResult> {
  const items: InputItem[] = [];
  let rounds = 0;
  const fail = (error: OpenAIError): ResponsesToolRunResult => ["error", { ...error, items: [...items], rounds }];
  try {
    if (typeof params !== "object" || params === null) return fail(argumentError("params", "responsesRunTools params must be an object"));
    const { stream: _stream, stream_options: _streamOptions, ...rest } = params as ResponseCreateParams;
    const input = rest.input;
    JSON.stringify(input); // the items ride on every error, which must stay serialisable
    if (typeof input === "string") items.push({ role: "user", content: input });
    else if (Array.isArray(input)) items.push(...input);
    const prepared = prepareTools(tools);
    if ("kind" in prepared) return fail(prepared);
    const { maxRounds = 10, signal, onRound } = options ?? {};
    if (!Number.isInteger(maxRounds) || maxRounds < 1)
      return fail(argumentError("options.maxRounds", `maxRounds must be a positive integer, got ${String(maxRounds)}`));
    if (signal !== undefined && !(signal instanceof AbortSignal))
      return fail(argumentError("options.signal", "responsesRunTools options.signal must be an AbortSignal"));
    if (onRound !== undefined && typeof onRound !== "function")
      return fail(argumentError("options.onRound", "responsesRunTools options.onRound must be a function"));
    const functions = prepared.tools.map(({ function: fn }) => ({ type: "function" as const, ...fn }));
    const allTools = [...(Array.isArray(rest.tools) ? rest.tools : []), ...functions];
    const roundConfig = loopConfig(config, signal);
    let request: ResponseCreateParams = { ...rest, tools: allTools };
    for (;;) {
      if (signal?.aborted) return fail(abortedError("responsesRunTools"));
      rounds += 1;
      const result = await responsesCreate(request as ResponseCreateParams & { stream?: false | null }, roundConfig);
      if (result[0] === "error") return fail(result[1]);
      const [, response, meta] = result;
      const output: OutputItem[] = Array.isArray(response.output) ? response.output : [];
      // Output items go back as input items; the spec types the two sides separately (e.g. `arguments`).
      items.push(...(output as unknown as InputItem[]));
      const calls: ChatCall[] = output.flatMap((item) =>
        item.type === "function_call" ? [{ id: item.call_id, type: "function" as const, function: { name: item.name, arguments: item.arguments } }] : [],
      );
      const outcomes = calls.length === 0 ? [] : await untilAborted(runCalls(calls, prepared.runners, rounds, signal), signal);
      if (outcomes === "aborted") return fail(abortedError("responsesRunTools"));
      const outputs = outcomes.map((outcome) => ({ type: "function_call_output" as const, call_id: outcome.id, output: outcome.content }));
      items.push(...outputs);
      if (onRound) {
        try {
          await onRound({ round: rounds, response, calls: outcomes });
        } catch (error) {
          return fail(argumentError("options.onRound", `responsesRunTools: onRound threw in round ${rounds}: ${describeError(error)}`));
        }
      }
      if (calls.length === 0) return ["ok", { response, items: [...items], rounds }, meta];
      if (rounds >= maxRounds) {
        return fail(
          argumentError(
            "options.maxRounds",
            `responsesRunTools: the model still called tools after ${rounds} round(s) (maxRounds ${maxRounds}); raise maxRounds, or continue from the error's items`,
          ),
        );
      }
      request = { ...rest, tools: allTools, previous_response_id: response.id, input: outputs };
    }
  } catch (error) {
    return fail(argumentError("params", `responsesRunTools could not read its arguments: ${describeError(error)}`));
  }
}
