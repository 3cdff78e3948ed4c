import type { Carrying, StructuredSchema } from "./structured/schema";
import { attach, prepareSchema } from "./structured/schema";
import type { InferSchemaOutput, JsonSchemaObject, StandardJsonSchemaLike } from "./structured/standardSchema";

/** Options of `responseFormat`, `textFormat` and `functionTool`. */
export interface SchemaFormatOptions {
  /** Tells the model what the value is for. */
  description?: string;
  /** Strict mode (default `true`): the API guarantees JSON matching the schema, which is converted to the subset it accepts. */
  strict?: boolean;
}

/** The `response_format` of a chat completion built by `responseFormat`; it carries its schema for `chatCompletionParse`. */
export interface ChatResponseFormat<T = unknown> extends Carrying<T> {
  type: "json_schema";
  json_schema: { name: string; description?: string; schema: Record<string, unknown>; strict: boolean };
}

/**
 * Builds a chat completion `response_format` (`type: "json_schema"`, strict by default) from a
 * schema of any Standard Schema library that can describe itself as JSON Schema (zod 4, arktype 2,
 * valibot with `toStandardJsonSchema`), or from a plain JSON Schema object (then the parsed value is
 * `unknown`, or the type you give). Strict mode makes optional properties required and nullable;
 * `chatCompletionParse` turns their `null` back into absent. A schema that cannot be converted is not
 * thrown: `chatCompletionParse` returns it as an `argument` error naming the path.
 *
 * @param schema The schema of the answer (its root must be an object).
 * @param name The format's name (letters, digits, `_`, `-`).
 * @param options `description`, `strict` (default `true`).
 * @returns The `response_format` object; pass it to `chatCompletionParse` (or `chatCompletion`).
 * @example
 * const Person = z.object({ name: z.string(), age: z.number().optional() });
 * const [status, completion] = await chatCompletionParse({ model: "gpt-4o-mini", messages, response_format: responseFormat(Person, "person") });
 * if (status === "ok") console.log(completion.choices[0]?.message.parsed?.name);
 * @see https://platform.openai.com/docs/guides/structured-outputs
 */
export function responseFormat<S extends StandardJsonSchemaLike>(
  schema: S,
  name: string,
  options?: SchemaFormatOptions,
): ChatResponseFormat<InferSchemaOutput<S>>;
export function responseFormat<T = unknown>(schema: JsonSchemaObject, name: string, options?: SchemaFormatOptions): ChatResponseFormat<T>;
export function responseFormat(schema: unknown, name: string, options?: SchemaFormatOptions): ChatResponseFormat {
  const { strict, description } = readOptions(options);
  const structured = prepareSchema(schema, "responseFormat schema", strict);
  const json_schema = {
    name: typeof name === "string" ? name : "",
    ...(description === undefined ? {} : { description }),
    schema: structured.jsonSchema,
    strict,
  };
  return attach({ type: "json_schema" as const, json_schema }, nameProblem(name, "responseFormat", structured));
}

/** @internal `strict` (default true) and `description` from options, whatever was passed. */
export function readOptions(options: unknown): { strict: boolean; description?: string } {
  try {
    const { strict, description } = (typeof options === "object" && options !== null ? options : {}) as SchemaFormatOptions;
    return { strict: strict !== false, ...(typeof description === "string" ? { description } : {}) };
  } catch {
    return { strict: true };
  }
}

/** @internal The prepared schema, with an `argument` problem when `name` is not a usable name. */
export function nameProblem<T>(name: unknown, fn: string, structured: StructuredSchema<T>): StructuredSchema<T> {
  if (structured.problem || (typeof name === "string" && /^[\w-]{1,64}$/.test(name))) return structured;
  const message = `${fn} name must be 1-64 letters, digits, _ or -, got ${typeof name === "string" ? JSON.stringify(name) : typeof name}`;
  return { ...structured, problem: { kind: "argument", argument: "name", message } };
}
