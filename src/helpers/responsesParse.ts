import { responsesCreate } from "../api/responses/responsesCreate";
import type { Config } from "../config";
import { argumentError } from "../errors";
import { err, type Result } from "../result";
import type { ResponseCreateParams, ResponseObject } from "../types/responses";
import { parseText } from "./structured/parseText";
import { carried, describeError, type Carrying } from "./structured/schema";

/** What `responsesParse` returns: the response plus `output_parsed`. */
export type ParsedResponse<T> = ResponseObject & { output_parsed: T | null };

/** The type of `output_parsed` for these params: the format's schema output, `unknown` for a plain `json_schema`, else `null`. */
export type ParsedResponseOutput<P> = P extends { text?: infer C }
  ? C extends { format?: infer F }
    ? F extends Carrying<infer T>
      ? T
      : F extends { type: "json_schema" }
        ? unknown
        : null
    : null
  : null;

/**
 * Creates a model response (Responses API) and parses its structured output: with
 * `text: { format: textFormat(schema, name) }`, `output_parsed` holds the output text validated by
 * the schema (typed from it); `null` when the model refused (the refusal stays in `output`) or wrote
 * no message. JSON that does not parse or that the schema rejects is a `validation` error with the
 * issues and the raw text; a schema that could not be converted is an `argument` error, and nothing is sent.
 *
 * @param params The `responsesCreate` params (not streamed), usually with `text: { format: textFormat(...) }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", ParsedResponse, meta]` or `["error", e]`.
 * @example
 * const Event = z.object({ title: z.string(), day: z.string() });
 * const [status, response] = await responsesParse({ model: "gpt-4o-mini", input: "Lunch with Bob on Friday", text: { format: textFormat(Event, "event") } });
 * if (status === "ok") console.log(response.output_parsed?.day);
 * @see https://platform.openai.com/docs/guides/structured-outputs
 */
export async function responsesParse<P extends ResponseCreateParams & { stream?: false | null }>(
  params: P,
  config?: Config,
): Promise<Result<ParsedResponse<ParsedResponseOutput<P>>>> {
  try {
    if (typeof params !== "object" || params === null || Array.isArray(params)) {
      return err(argumentError("params", `responsesParse params must be an object, got ${params === null ? "null" : typeof params}`));
    }
    if ((params as ResponseCreateParams).stream === true) return err(argumentError("params", "responsesParse does not stream: drop stream: true"));
    const format = params.text?.format;
    const structured = carried(format);
    if (structured?.problem) return err(structured.problem);
    const result = await responsesCreate(params as ResponseCreateParams & { stream?: false | null }, config);
    if (result[0] === "error") return result;
    const response = result[1];
    const text = outputText(response);
    let output_parsed: unknown = null;
    if (format?.type === "json_schema" && text !== undefined) {
      const cut = response.incomplete_details?.reason === "max_output_tokens";
      const outcome = await parseText(text, structured, "The structured output of the response", cut);
      if (!outcome.ok) return err(outcome.error);
      output_parsed = outcome.value;
    }
    return ["ok", { ...response, output_parsed } as ParsedResponse<ParsedResponseOutput<P>>, result[2]];
  } catch (error) {
    return err(argumentError("params", `responsesParse could not read its params: ${describeError(error)}`));
  }
}

/** The text of the output messages, or `undefined` when there is none (no message, or a refusal only). */
function outputText(response: ResponseObject): string | undefined {
  const parts: string[] = [];
  for (const item of Array.isArray(response.output) ? response.output : []) {
    if (item.type !== "message" || !Array.isArray(item.content)) continue;
    for (const part of item.content) if (part.type === "output_text" && typeof part.text === "string") parts.push(part.text);
  }
  return parts.length > 0 ? parts.join("") : undefined;
}
