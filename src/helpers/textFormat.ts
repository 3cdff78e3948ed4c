import { nameProblem, readOptions, type SchemaFormatOptions } from "./responseFormat";
import type { Carrying } from "./structured/schema";
import { attach, prepareSchema } from "./structured/schema";
import type { InferSchemaOutput, JsonSchemaObject, StandardJsonSchemaLike } from "./structured/standardSchema";

/** The `text.format` of a Responses API request built by `textFormat`; it carries its schema for `responsesParse`. */
export interface ResponseTextFormat<T = unknown> extends Carrying<T> {
  type: "json_schema";
  name: string;
  description?: string;
  schema: Record<string, unknown>;
  strict: boolean;
}

/**
 * Builds the Responses API `text.format` (`type: "json_schema"`, strict by default) from a Standard
 * Schema (zod 4, arktype 2, valibot with `toStandardJsonSchema`) or a plain JSON Schema object; the
 * Responses twin of `responseFormat`, with the same strict conversion.
 *
 * @param schema The schema of the answer (its root must be an object).
 * @param name The format's name (letters, digits, `_`, `-`).
 * @param options `description`, `strict` (default `true`).
 * @returns The `text.format` object; pass it to `responsesParse` (or `responsesCreate`).
 * @example
 * const Event = z.object({ title: z.string(), date: z.string() });
 * const [status, response] = await responsesParse({ model: "gpt-4o-mini", input: "Alice and Bob meet on Friday.", text: { format: textFormat(Event, "event") } });
 * if (status === "ok") console.log(response.output_parsed?.title);
 * @see https://platform.openai.com/docs/guides/structured-outputs
 */
export function textFormat<S extends StandardJsonSchemaLike>(schema: S, name: string, options?: SchemaFormatOptions): ResponseTextFormat<InferSchemaOutput<S>>;
export function textFormat<T = unknown>(schema: JsonSchemaObject, name: string, options?: SchemaFormatOptions): ResponseTextFormat<T>;
export function textFormat(schema: unknown, name: string, options?: SchemaFormatOptions): ResponseTextFormat {
  const { strict, description } = readOptions(options);
  const structured = prepareSchema(schema, "textFormat schema", strict);
  const format = {
    type: "json_schema" as const,
    name: typeof name === "string" ? name : "",
    ...(description === undefined ? {} : { description }),
    schema: structured.jsonSchema,
    strict,
  };
  return attach(format, nameProblem(name, "textFormat", structured));
}
