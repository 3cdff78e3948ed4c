import type { Config } from "../../config";
import type { Result } from "../../result";
import type { CheckpointPermissionCreateParams, CheckpointPermissionList } from "../../types/checkpointPermissions";
import { request } from "../../_internal/request";

/**
 * Shares a fine-tuned model checkpoint with other projects of the organization (needs an admin key).
 *
 * @param checkpoint The fine-tuned model checkpoint, e.g. `ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4`.
 * @param params `{ project_ids }`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: CheckpointPermission[], … }, meta]`: one permission per project.
 * @example
 * const [status, page] = await fineTuningCheckpointPermissionsCreate("ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4", { project_ids: ["proj_abc123"] }, { apiKey: adminKey });
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/create-permission
 */
export function fineTuningCheckpointPermissionsCreate(
  checkpoint: string,
  params: CheckpointPermissionCreateParams,
  config?: Config,
): Promise<Result<CheckpointPermissionList>> {
  const ids = { fine_tuned_model_checkpoint: checkpoint };
  return request({ method: "POST", path: "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions", ids, params, config });
}
