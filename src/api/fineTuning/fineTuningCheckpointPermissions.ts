import type { Config } from "../../config";
import type { Result } from "../../result";
import type { CheckpointPermissionList, CheckpointPermissionListParams } from "../../types/checkpointPermissions";
import { request } from "../../_internal/request";

/**
 * Lists the projects a fine-tuned model checkpoint is shared with (needs an admin key).
 *
 * @param checkpoint The fine-tuned model checkpoint, e.g. `ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4`.
 * @param params `{ project_id?, after?, limit?, order? }` (pass `{}` with a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: CheckpointPermission[], first_id, last_id, has_more }, meta]` or `["error", e]`.
 * @example
 * const [status, page] = await fineTuningCheckpointPermissions("ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4", { limit: 20 }, { apiKey: adminKey });
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/list-permissions
 */
export function fineTuningCheckpointPermissions(
  checkpoint: string,
  params?: CheckpointPermissionListParams | Config,
  config?: Config,
): Promise<Result<CheckpointPermissionList>> {
  const ids = { fine_tuned_model_checkpoint: checkpoint };
  return request({ method: "GET", path: "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions", ids, params, paramsOptional: true, config });
}
