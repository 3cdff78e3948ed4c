/** Models (GET /models). Overlay: none, the spec's `Model` as is. */
import type { Schemas } from "./schema";

/**
 * A model the API offers.
 *
 * @example
 * const [status, model] = await models("gpt-4o-mini");
 * if (status === "ok") console.log(model.owned_by);
 */
export type Model = Schemas["Model"];
