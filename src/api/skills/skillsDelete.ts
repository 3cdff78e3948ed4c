import type { Config } from "../../config";
import type { Result } from "../../result";
import type { SkillDeleted } from "../../types/skills";
import { request } from "../../_internal/request";

/**
 * Deletes a skill and all its versions.
 *
 * @param skillId The skill, e.g. `skill_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "skill.deleted", deleted: true }, meta]`.
 * @example
 * const [status, deleted] = await skillsDelete("skill_abc123");
 * @see https://platform.openai.com/docs/api-reference/skills/delete
 */
export function skillsDelete(skillId: string, config?: Config): Promise<Result<SkillDeleted>> {
  return request({ method: "DELETE", path: "/skills/{skill_id}", ids: { skill_id: skillId }, send: "none", config });
}
