import { responsesCreate } from "../api/responses/responsesCreate";
import type { Config } from "../config";
import { argumentError, type OpenAIError } from "../errors";
import type { ResponseMeta } from "../result";
import type { ResponseCreateParams, ResponseObject } from "../types/responses";
import type { RunToolsOptions, ToolRunner } from "./runTools";
import { prepareTools } from "./structured/prepareTools";
import { toolLoop } from "./structured/toolLoop";
import type { ToolCallOutcome } from "./structured/runCalls";
import { describeError } from "./structured/schema";

type InputItem = Exclude<NonNullable<ResponseCreateParams["input"]>, string>[number];
type OutputItem = ResponseObject["output"][number];

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
    const functions = prepared.tools.map(({ function: fn }) => ({ type: "function" as const, ...fn }));
    const allTools = [...(Array.isArray(rest.tools) ? rest.tools : []), ...functions];
    let request: ResponseCreateParams = { ...rest, tools: allTools };
    const end = await toolLoop<ResponseObject, ResponsesToolRound>("responsesRunTools", "items", prepared, options, config, {
      request: (_round, roundConfig) => responsesCreate(request as ResponseCreateParams & { stream?: false | null }, roundConfig),
      reply(response) {
        const output: OutputItem[] = Array.isArray(response.output) ? response.output : [];
        // Output items go back as input items; the spec types the two sides separately (e.g. `arguments`).
        items.push(...(output as unknown as InputItem[]));
        return output.flatMap((item) =>
          item.type === "function_call" ? [{ id: item.call_id, type: "function" as const, function: { name: item.name, arguments: item.arguments } }] : [],
        );
      },
      outputs(outcomes, response) {
        const outputs = outcomes.map((outcome) => ({ type: "function_call_output" as const, call_id: outcome.id, output: outcome.content }));
        items.push(...outputs);
        request = { ...rest, tools: allTools, previous_response_id: response.id, input: outputs };
      },
      round: (round, response, calls) => ({ round, response, calls }),
    });
    rounds = end.rounds;
    if ("error" in end) return fail(end.error);
    return ["ok", { response: end.reply, items: [...items], rounds }, end.meta];
  } catch (error) {
    return fail(argumentError("params", `responsesRunTools could not read its arguments: ${describeError(error)}`));
  }
}
