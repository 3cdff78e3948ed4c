/** Adds `parsed` to each choice's message and `parsed_arguments` to calls of schema-carrying tools. */
import type { ValidationError } from "../../errors";
import type { ChatCompletion, ChatCompletionParams } from "../../types/chat";
import { parseText } from "./parseText";
import { carried, type StructuredSchema } from "./schema";

/** The tools of `params` that carry a schema, by function name. */
export function toolSchemas(tools: unknown): Map<string, StructuredSchema<unknown>> {
  const schemas = new Map<string, StructuredSchema<unknown>>();
  for (const tool of Array.isArray(tools) ? tools : []) {
    const structured = carried(tool);
    const name = (tool as { function?: { name?: unknown } } | undefined)?.function?.name;
    if (structured && typeof name === "string") schemas.set(name, structured);
  }
  return schemas;
}

/**
 * The completion with `message.parsed` on every choice (`null` for a refusal, no content, or no
 * `json_schema` format) and `function.parsed_arguments` on calls of tools built by `functionTool`.
 *
 * @returns The parsed completion, or the first `validation` error.
 */
export async function parseChatCompletion(
  completion: ChatCompletion,
  params: ChatCompletionParams,
): Promise<{ ok: true; value: ChatCompletion } | { ok: false; error: ValidationError }> {
  const format = params.response_format;
  const json = format?.type === "json_schema";
  const structured = carried(format);
  const tools = toolSchemas(params.tools);
  const choices = [];
  for (const choice of Array.isArray(completion.choices) ? completion.choices : []) {
    const message = choice.message ?? {};
    const cut = choice.finish_reason === "length";
    let parsed: unknown = null;
    if (json && typeof message.content === "string" && !message.refusal) {
      const outcome = await parseText(message.content, structured, `The structured output of choice ${choice.index}`, cut);
      if (!outcome.ok) return outcome;
      parsed = outcome.value;
    }
    const calls = [];
    for (const call of Array.isArray(message.tool_calls) ? message.tool_calls : []) {
      const fn = (call as { function?: { name?: unknown; arguments?: unknown } }).function;
      const schema = typeof fn?.name === "string" ? tools.get(fn.name) : undefined;
      if (!schema || typeof fn?.arguments !== "string") {
        calls.push(call);
        continue;
      }
      const outcome = await parseText(fn.arguments, schema, `The arguments of the ${fn.name} call ${call.id}`, cut);
      if (!outcome.ok) return outcome;
      calls.push({ ...call, function: { ...fn, parsed_arguments: outcome.value } });
    }
    choices.push({ ...choice, message: { ...message, parsed, ...(message.tool_calls ? { tool_calls: calls } : {}) } });
  }
  return { ok: true, value: { ...completion, choices } as ChatCompletion };
}
