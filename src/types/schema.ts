/**
 * The generated OpenAPI schemas, one alias per vendored spec, and the one helper the public types
 * use. Internal: `src/index.ts` re-exports the friendly names of `src/types/<resource>.ts`, not this.
 * The files under `generated/` are written by `npm run gen`; never edit them by hand.
 */
import type { components as LatestComponents, operations as LatestOperations } from "./generated/latest";
import type { components as V2023Components } from "./generated/2023-12";
import type { components as EnginesComponents } from "./generated/2023-06-engines";

/** Schemas of the latest spec (the default source of every type). */
export type Schemas = LatestComponents["schemas"];
/** Operations of the latest spec, by operationId (for a response body the spec writes inline). */
export type Operations = LatestOperations;
/** Schemas of the 2023-12 spec: the v1 assistant and message files, edits, fine-tunes. */
export type Schemas2023 = V2023Components["schemas"];
/** Schemas of the 2023-06 spec, the last one with engines. */
export type SchemasEngines = EnginesComponents["schemas"];

/** The query parameters of an operation of the latest spec (list filters, `include`…). */
export type Query<Op extends keyof LatestOperations> = NonNullable<LatestOperations[Op]["parameters"]["query"]>;

/**
 * Flattens an intersection (`allOf` in the spec) into one object type, so an editor's hover lists the
 * fields instead of `A & B & {…}`. Distributes over unions; keeps excess-property checks.
 */
export type Flat<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;

/** The JSON request body of an operation of the latest spec, where the spec writes it inline. */
export type JsonBody<Op extends keyof LatestOperations> = LatestOperations[Op] extends {
  requestBody: { content: { "application/json": infer B } };
}
  ? B
  : never;
