import type { Config } from "../../config";
import type { Result } from "../../result";
import type { SkillVersionDeleted } from "../../types/skills";
import { request } from "../../_internal/request";

/**
 * Deletes one version of a skill.
 *
 * @param skillId The skill, e.g. `skill_abc123`.
 * @param version The version, e.g. `"1"`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { id, object: "skill.version.deleted", deleted: true, version }, meta]`.
 * @example
 * const [status, deleted] = await skillVersionDelete("skill_abc123", "1");
 * @see https://platform.openai.com/docs/api-reference/skills/versions/delete
 */
export function skillVersionDelete(skillId: string, version: string, config?: Config): Promise<Result<SkillVersionDeleted>> {
  return request({ method: "DELETE", path: "/skills/{skill_id}/versions/{version}", ids: { skill_id: skillId, version }, send: "none", config });
}
