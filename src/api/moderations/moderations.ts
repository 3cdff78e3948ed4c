import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Moderation, ModerationsParams } from "../../types/moderations";
import { request } from "../../_internal/request";

/**
 * Classifies whether text (or images) violate OpenAI's usage policies.
 *
 * @param params `input` (plus an optional `model`).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, model, results: [{ flagged, categories, category_scores }] }, meta]`.
 * @example
 * const [status, result] = await moderations({ input: "I want to kill them." });
 * if (status === "ok") console.log(result.results[0]?.flagged);
 * @see https://platform.openai.com/docs/api-reference/moderations/create
 */
export function moderations(params: ModerationsParams, config?: Config): Promise<Result<Moderation>> {
  return request({ method: "POST", path: "/moderations", params, config });
}
