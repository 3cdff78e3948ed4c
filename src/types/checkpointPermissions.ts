/** Types of fine-tuned checkpoint permissions (`/fine_tuning/checkpoints/{checkpoint}/permissions`), named from the generated spec types. */
import type { Schemas, Query } from "./schema";

/**
 * A grant letting one project use a fine-tuned model checkpoint.
 *
 * @example
 * const [status, page] = await fineTuningCheckpointPermissions("ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4");
 * if (status === "ok") for (const permission of page.data) console.log(permission.project_id);
 */
export type CheckpointPermission = Schemas["FineTuningCheckpointPermission"];
/** A page of checkpoint permissions (also the answer of `fineTuningCheckpointPermissionsCreate`). */
export type CheckpointPermissionList = Schemas["ListFineTuningCheckpointPermissionResponse"];
/** Query of `fineTuningCheckpointPermissions(checkpoint, params)`: `project_id`, `after`, `limit`, `order`. */
export type CheckpointPermissionListParams = Query<"listFineTuningCheckpointPermissions">;
/** What `fineTuningCheckpointPermissionsCreate` sends: `{ project_ids }`. */
export type CheckpointPermissionCreateParams = Schemas["CreateFineTuningCheckpointPermissionRequest"];
/** The answer of `fineTuningCheckpointPermissionsDelete`. */
export type CheckpointPermissionDeleted = Schemas["DeleteFineTuningCheckpointPermissionResponse"];
