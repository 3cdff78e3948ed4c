/**
 * The parts of the Standard Schema and Standard JSON Schema conventions (standardschema.dev) that
 * openai-ex reads, declared structurally so no schema library is a dependency: zod 4, arktype 2 and
 * valibot (through `toStandardJsonSchema`) all carry a `~standard` property of this shape.
 */

/** A key of an issue's path: a plain key, or an object holding it. */
export type StandardPathSegment = PropertyKey | { readonly key: PropertyKey };

/** What a schema's `validate` answers: the value it produced, or the issues it found. */
export type StandardValidation<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<StandardPathSegment> | undefined }> };

/** The JSON Schema dialects a schema library may be asked for. */
export type StandardJsonSchemaTarget = "draft-2020-12" | "draft-07" | "openapi-3.0" | ({} & string);

/**
 * A schema that validates (`~standard.validate`) and describes itself as JSON Schema
 * (`~standard.jsonSchema`). `types` only carries the input and output types for inference.
 */
export interface StandardJsonSchemaLike<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: number;
    readonly vendor: string;
    readonly validate: (
      value: unknown,
      options?: { readonly libraryOptions?: Record<string, unknown> | undefined },
    ) => StandardValidation<Output> | Promise<StandardValidation<Output>>;
    readonly jsonSchema: {
      readonly input: (options: {
        readonly target: StandardJsonSchemaTarget;
        readonly libraryOptions?: Record<string, unknown> | undefined;
      }) => Record<string, unknown>;
      readonly output: (options: {
        readonly target: StandardJsonSchemaTarget;
        readonly libraryOptions?: Record<string, unknown> | undefined;
      }) => Record<string, unknown>;
    };
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/** The type a Standard Schema produces once it has validated a value. */
export type InferSchemaOutput<S> = S extends { readonly "~standard": { readonly types?: infer T } }
  ? NonNullable<T> extends { readonly output: infer O }
    ? O
    : unknown
  : unknown;

/** A JSON Schema given as a plain object (no validation: the parsed value is trusted as it is). */
export type JsonSchemaObject = Record<string, unknown>;
