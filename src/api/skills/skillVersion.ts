import type { Config } from "../../config";
import type { Result } from "../../result";
import type { SkillVersion } from "../../types/skills";
import { request } from "../../_internal/request";

/**
 * Retrieves one version of a skill.
 *
 * @param skillId The skill, e.g. `skill_abc123`.
 * @param version The version, e.g. `"2"`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "skill.version", id, skill_id, version, name, description, created_at }, meta]`.
 * @example
 * const [status, version] = await skillVersion("skill_abc123", "2");
 * @see https://platform.openai.com/docs/api-reference/skills/versions/retrieve
 */
export function skillVersion(skillId: string, version: string, config?: Config): Promise<Result<SkillVersion>> {
  return request({ method: "GET", path: "/skills/{skill_id}/versions/{version}", ids: { skill_id: skillId, version }, send: "none", config });
}
