import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Skill, SkillModifyParams } from "../../types/skills";
import { request } from "../../_internal/request";

/**
 * Sets which version of a skill is its default.
 *
 * @param skillId The skill, e.g. `skill_abc123`.
 * @param params `{ default_version }`, e.g. `"2"`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Skill, meta]` with the new `default_version`.
 * @example
 * const [status, skill] = await skillsModify("skill_abc123", { default_version: "2" });
 * @see https://platform.openai.com/docs/api-reference/skills/update
 */
export function skillsModify(skillId: string, params: SkillModifyParams, config?: Config): Promise<Result<Skill>> {
  return request({ method: "POST", path: "/skills/{skill_id}", ids: { skill_id: skillId }, params, config });
}
