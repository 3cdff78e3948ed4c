/** The `runTools` tool map checked: the function tools to send, and a runner per tool name. */
import { argumentError, type OpenAIError } from "../../errors";
import type { FunctionTool } from "../functionTool";
import type { Runner } from "./runCalls";
import { carried } from "./schema";

/** The checked tool map: the function tools to send, and a runner per tool name. */
export interface PreparedTools {
  tools: FunctionTool[];
  runners: Map<string, Runner>;
}

/**
 * Reads the map `name → { tool, run }`.
 *
 * @returns The tools and runners, or the first problem (a tool not built by `functionTool`, a schema that could not be converted, a `run` that is not a function).
 */
export function prepareTools(tools: unknown): PreparedTools | OpenAIError {
  if (typeof tools !== "object" || tools === null || Array.isArray(tools))
    return argumentError("tools", "runTools tools must be an object: name → { tool: functionTool(...), run }");
  const runners = new Map<string, Runner>();
  const sent: FunctionTool[] = [];
  for (const [key, entry] of Object.entries(tools)) {
    const { tool, run } = (typeof entry === "object" && entry !== null ? entry : {}) as { tool?: FunctionTool; run?: unknown };
    const schema = carried(tool);
    if (!schema || !tool) return argumentError(`tools.${key}`, `runTools tools.${key}.tool must be built by functionTool(schema, { name })`);
    if (schema.problem) return schema.problem;
    if (typeof run !== "function") return argumentError(`tools.${key}`, `runTools tools.${key}.run must be a function`);
    runners.set(tool.function.name, { schema, run: run as Runner["run"] });
    sent.push(tool);
  }
  return { tools: sent, runners };
}
