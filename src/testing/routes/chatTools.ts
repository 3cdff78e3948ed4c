/**
 * Chat replies that follow the request's structured-output and tool settings: a `json_schema`
 * response format gets JSON matching its schema; `tool_choice: "required"` (or one named function)
 * gets a call of the first (or named) function tool, with arguments matching its parameters.
 */
import type { RecordedRequest } from "../types";
import { jsonExample } from "./jsonExample";

type Body = Record<string, unknown>;
type Message = { role: "assistant"; content: string | null; tool_calls?: unknown[] };

/** The message and finish reason the request asks for, or `undefined` for the plain fixture answer. */
export function followRequest(request: RecordedRequest): { message: Message; finish_reason: string } | undefined {
  const body = (request.json ?? {}) as Body;
  const call = forcedCall(body);
  if (call) {
    const tool_calls = [{ id: "call_mock_0", type: "function", function: { name: call.name, arguments: JSON.stringify(jsonExample(call.parameters)) } }];
    return { message: { role: "assistant", content: null, tool_calls }, finish_reason: "tool_calls" };
  }
  const format = body.response_format as { type?: unknown; json_schema?: { schema?: unknown } } | undefined;
  if (format?.type === "json_schema")
    return { message: { role: "assistant", content: JSON.stringify(jsonExample(format.json_schema?.schema ?? {})) }, finish_reason: "stop" };
  if (format?.type === "json_object") return { message: { role: "assistant", content: "{}" }, finish_reason: "stop" };
  return undefined;
}

/** The function the model must call (`tool_choice` "required" or a named function), with its parameters. */
function forcedCall(body: Body): { name: string; parameters: unknown } | undefined {
  const functions = (Array.isArray(body.tools) ? body.tools : [])
    .map((tool: { type?: unknown; function?: { name?: unknown; parameters?: unknown } }) => (tool?.type === "function" ? tool.function : undefined))
    .filter((fn): fn is { name: string; parameters?: unknown } => typeof fn?.name === "string");
  const choice = body.tool_choice as string | { type?: unknown; function?: { name?: unknown } } | undefined;
  const named = typeof choice === "object" && choice?.type === "function" ? functions.find((fn) => fn.name === choice.function?.name) : undefined;
  const picked = named ?? (choice === "required" ? functions[0] : undefined);
  return picked ? { name: picked.name, parameters: picked.parameters ?? { type: "object", properties: {} } } : undefined;
}
