import { nameProblem, readOptions, type SchemaFormatOptions } from "./responseFormat";
import type { Carrying } from "./structured/schema";
import { attach, prepareSchema } from "./structured/schema";
import type { InferSchemaOutput, JsonSchemaObject, StandardJsonSchemaLike } from "./structured/standardSchema";

/** Options of `functionTool`: the name the model calls it by, what it does, strict mode (default `true`). */
export interface FunctionToolOptions extends SchemaFormatOptions {
  name: string;
}

/** A chat completion function tool built by `functionTool`; it carries its arguments' schema for `chatCompletionParse` and `runTools`. */
export interface FunctionTool<Args = unknown> extends Carrying<Args> {
  type: "function";
  function: { name: string; description?: string; parameters: Record<string, unknown>; strict: boolean };
}

/**
 * Builds a chat completion function tool whose `parameters` come from a schema (zod 4, arktype 2,
 * valibot with `toStandardJsonSchema`, or a plain JSON Schema object), converted for strict mode by
 * default. `chatCompletionParse` gives its calls `parsed_arguments`; `runTools` validates its calls'
 * arguments and types its `run` function from the schema.
 *
 * @param schema The schema of the arguments (its root must be an object).
 * @param options `name` (letters, digits, `_`, `-`), `description`, `strict` (default `true`).
 * @returns The tool, for `tools: [...]` or a `runTools` tool map.
 * @example
 * const getWeather = functionTool(z.object({ city: z.string() }), { name: "get_weather", description: "Current weather of a city" });
 * const [status, run] = await runTools({ model: "gpt-4o-mini", messages }, { get_weather: { tool: getWeather, run: ({ city }) => ({ city, celsius: 21 }) } });
 * @see https://platform.openai.com/docs/guides/function-calling
 */
export function functionTool<S extends StandardJsonSchemaLike>(schema: S, options: FunctionToolOptions): FunctionTool<InferSchemaOutput<S>>;
export function functionTool<Args = unknown>(schema: JsonSchemaObject, options: FunctionToolOptions): FunctionTool<Args>;
export function functionTool(schema: unknown, options: FunctionToolOptions): FunctionTool {
  const { strict, description } = readOptions(options);
  let name: unknown;
  try {
    name = (options as { name?: unknown } | undefined)?.name;
  } catch {
    name = undefined;
  }
  const structured = prepareSchema(schema, "functionTool schema", strict);
  const fn = { name: typeof name === "string" ? name : "", ...(description === undefined ? {} : { description }), parameters: structured.jsonSchema, strict };
  return attach({ type: "function" as const, function: fn }, nameProblem(name, "functionTool", structured));
}
