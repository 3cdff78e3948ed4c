/**
 * Models (GET /models). Overlay: older models (and many OpenAI-compatible servers) also send
 * `parent`, `root` and `permission`, which the spec no longer lists; they stay optional here.
 */
import type { Flat, Schemas } from "./schema";

/**
 * A model the API offers.
 *
 * @example
 * const [status, model] = await models("gpt-4o-mini");
 * if (status === "ok") console.log(model.owned_by);
 */
export type Model = Flat<Schemas["Model"] & { parent?: string | null; root?: string; permission?: unknown[] }>;
