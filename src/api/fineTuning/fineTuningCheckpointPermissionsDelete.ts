import type { Config } from "../../config";
import type { Result } from "../../result";
import type { CheckpointPermissionDeleted } from "../../types/checkpointPermissions";
import { request } from "../../_internal/request";

/**
 * Stops sharing a fine-tuned model checkpoint with one project (needs an admin key).
 *
 * @param checkpoint The fine-tuned model checkpoint, e.g. `ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4`.
 * @param permissionId The permission, e.g. `cp_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "checkpoint.permission", deleted: true }, meta]` or `["error", e]`.
 * @example
 * const [status, deleted] = await fineTuningCheckpointPermissionsDelete("ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4", "cp_abc123", { apiKey: adminKey });
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/delete-permission
 */
export function fineTuningCheckpointPermissionsDelete(checkpoint: string, permissionId: string, config?: Config): Promise<Result<CheckpointPermissionDeleted>> {
  const ids = { fine_tuned_model_checkpoint: checkpoint, permission_id: permissionId };
  return request({ method: "DELETE", path: "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}", ids, send: "none", config });
}
