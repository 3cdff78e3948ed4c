/** Types of `responsesInputTokens` and `responsesCompact` (`/responses/input_tokens`, `/responses/compact`), from the generated spec types. */
import type { Schemas } from "./schema";

/**
 * What `responsesInputTokens` sends: the same input a `responsesCreate` would (model, input, tools, ...).
 *
 * @example
 * const [status, count] = await responsesInputTokens({ model: "gpt-4o-mini", input: "How many tokens is this?" });
 */
export type ResponseInputTokensParams = Schemas["TokenCountsBody"];

/** The answer of `responsesInputTokens`: `{ object: "response.input_tokens", input_tokens }`. */
export type ResponseInputTokens = Schemas["TokenCountsResource"];

/** What `responsesCompact` sends: `model` plus the conversation (`input` or `previous_response_id`). */
export type ResponseCompactParams = Schemas["CompactResponseMethodPublicBody"];

/** The answer of `responsesCompact`: the compacted output items and usage. */
export type ResponseCompaction = Schemas["CompactResource"];
