/**
 * A schema made ready for the API: the JSON Schema to send (strict or not), and a `check` that turns
 * the model's parsed JSON into the schema's output. It rides along on the objects built by
 * `responseFormat`, `textFormat` and `functionTool` as a non-enumerable `~structured` property, so
 * it is never serialised into a request body.
 */
import { argumentError, type ArgumentError, type ValidationIssue } from "../../errors";
import { isNode, type Node } from "./jsonSchema";
import { restoreAbsent } from "./restoreAbsent";
import type { StandardPathSegment, StandardValidation } from "./standardSchema";
import { toStrictSchema } from "./strictSchema";

/** The key the schema rides on (declared in types, non-enumerable at run time). */
export const STRUCTURED = "~structured";

/** What `check` answers: the output value, or the issues found. */
export type CheckOutcome<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** A schema ready to be sent and to check what comes back. */
export interface StructuredSchema<T> {
  /** The JSON Schema to send. */
  readonly jsonSchema: Record<string, unknown>;
  /** Set when the schema cannot be used; the parse helpers return it instead of sending anything. */
  readonly problem?: ArgumentError;
  /** Maps strict-mode `null`s back to absent and validates with the schema (plain JSON Schemas: no validation). */
  check(value: unknown): Promise<CheckOutcome<T>>;
}

/** An object carrying a `StructuredSchema` (what `responseFormat`, `textFormat` and `functionTool` return). */
export interface Carrying<T> {
  readonly [STRUCTURED]: StructuredSchema<T>;
}

type Validate = (value: unknown) => StandardValidation<unknown> | Promise<StandardValidation<unknown>>;

/**
 * Prepares `schema` (a Standard JSON Schema or a plain JSON Schema object) for sending.
 *
 * @param schema The user's schema.
 * @param argument How the schema is named in error messages (`responseFormat schema`).
 * @param strict Whether to convert it for strict mode.
 * @returns The prepared schema; `problem` says why it cannot be used.
 */
export function prepareSchema<T>(schema: unknown, argument: string, strict: boolean): StructuredSchema<T> {
  const refuse = (message: string): StructuredSchema<T> => ({
    jsonSchema: {},
    problem: argumentError(argument, message),
    check: async () => ({ ok: false, issues: [{ path: [], message }] }),
  });
  try {
    if ((typeof schema !== "object" && typeof schema !== "function") || schema === null) {
      return refuse(`${argument} must be a Standard Schema (zod, arktype, valibot with toStandardJsonSchema) or a JSON Schema object`);
    }
    const standard = (schema as { "~standard"?: unknown })["~standard"];
    let original: Node;
    let validate: Validate | undefined;
    if (standard !== undefined) {
      const { jsonSchema, validate: check } = standard as { jsonSchema?: { input?: unknown }; validate?: unknown };
      if (typeof jsonSchema?.input !== "function" || typeof check !== "function") {
        return refuse(
          `${argument} has no ~standard.jsonSchema: use a library that implements Standard JSON Schema (valibot: wrap the schema in toStandardJsonSchema from @valibot/to-json-schema)`,
        );
      }
      const input = jsonSchema.input as (options: { target: string }) => unknown;
      original = describe(input);
      validate = check as Validate;
    } else original = schema as Node;
    if (!isNode(original)) return refuse(`${argument} did not describe itself as a JSON Schema object`);
    const { $schema: _dialect, ...plain } = original;
    let jsonSchema: Node = plain;
    if (strict) {
      const outcome = toStrictSchema(plain);
      if (!outcome.ok)
        return refuse(`${argument} cannot be sent in strict mode: ${outcome.reason} (at ${outcome.path}); change the schema or pass { strict: false }`);
      jsonSchema = outcome.schema;
    }
    return { jsonSchema, check: (value) => check<T>(strict ? restoreAbsent(value, plain) : value, validate) };
  } catch (error) {
    return refuse(`${argument} could not be converted to JSON Schema: ${describeError(error)}`);
  }
}

/** The library's JSON Schema of the schema's input (what the model must write), 2020-12 first. */
function describe(input: (options: { target: string }) => unknown): Node {
  try {
    return input({ target: "draft-2020-12" }) as Node;
  } catch {
    return input({ target: "draft-07" }) as Node;
  }
}

async function check<T>(value: unknown, validate: Validate | undefined): Promise<CheckOutcome<T>> {
  if (!validate) return { ok: true, value: value as T };
  try {
    const result = await validate(value);
    if (!result.issues) return { ok: true, value: result.value as T };
    return { ok: false, issues: Array.from(result.issues, (issue) => ({ path: Array.from(issue.path ?? [], pathKey), message: String(issue.message) })) };
  } catch (error) {
    return { ok: false, issues: [{ path: [], message: `the schema's validate threw: ${describeError(error)}` }] };
  }
}

function pathKey(segment: StandardPathSegment): string | number {
  const key = typeof segment === "object" && segment !== null ? segment.key : segment;
  return typeof key === "number" ? key : String(key);
}

/** An error's message, without ever throwing. */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "unprintable error";
  }
}

/**
 * Puts `structured` on `target` as a non-enumerable property (left out of JSON bodies and spreads).
 *
 * @returns `target`, typed as carrying the schema.
 */
export function attach<O extends object, T>(target: O, structured: StructuredSchema<T>): O & Carrying<T> {
  Object.defineProperty(target, STRUCTURED, { value: structured, enumerable: false });
  return target as O & Carrying<T>;
}

/** The schema carried by `value`, if any (never throws: an unreadable value carries none). */
export function carried(value: unknown): StructuredSchema<unknown> | undefined {
  try {
    if ((typeof value !== "object" && typeof value !== "function") || value === null) return undefined;
    const structured = Object.getOwnPropertyDescriptor(value, STRUCTURED)?.value as StructuredSchema<unknown> | undefined;
    return typeof structured?.check === "function" ? structured : undefined;
  } catch {
    return undefined;
  }
}
