import type { Config } from "../../config";
import type { Result } from "../../result";
import type { DeletedObject } from "../../types/common";
import { request } from "../../_internal/request";

/**
 * Deletes a fine-tuned model you own.
 *
 * @param modelId The model to delete, e.g. `ft:gpt-4o-mini:acme:suffix:abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "model", deleted: true }, meta]`.
 * @example
 * const [status, deleted] = await modelsDelete("ft:gpt-4o-mini:acme::abc123");
 * @see https://platform.openai.com/docs/api-reference/models/delete
 */
export function modelsDelete(modelId: string, config?: Config): Promise<Result<DeletedObject>> {
  return request({ method: "DELETE", path: "/models/{model}", ids: { model: modelId }, send: "none", config });
}
