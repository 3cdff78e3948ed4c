/**
 * Engines (GET /engines), retired by OpenAI in favour of models: types from the 2023-06 spec.
 * Overlay: the retired endpoint also sent `owner` and other fields the spec never listed.
 */
import type { SchemasEngines } from "./schema";

/**
 * An engine, as the retired endpoint described it.
 *
 * @example
 * const [status, engine] = await engines("davinci");
 * if (status === "ok") console.log(engine.ready);
 */
export type Engine = SchemasEngines["Engine"] & { owner?: string; [key: string]: unknown };
