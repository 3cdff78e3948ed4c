import type { Config } from "../../config";
import type { Result } from "../../result";
import type { DeletedObject } from "../../types/common";
import { request } from "../../_internal/request";

/**
 * Deletes a fine-tuned model you own (the same endpoint as `modelsDelete`).
 *
 * @param modelId The fine-tuned model, e.g. `ft:gpt-4o-mini:acme::abc123` or `curie:ft-acme-2023-01-01`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "model", deleted: true }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await finetunesDeleteModel("curie:ft-acme-2023-02-04");
 * @see https://platform.openai.com/docs/api-reference/models/delete
 */
export function finetunesDeleteModel(modelId: string, config?: Config): Promise<Result<DeletedObject>> {
  return request({ method: "DELETE", path: "/models/{model}", ids: { model: modelId }, send: "none", config });
}
