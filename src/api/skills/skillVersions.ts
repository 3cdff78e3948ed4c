import type { Config } from "../../config";
import type { Result } from "../../result";
import type { SkillVersionList, SkillVersionListParams } from "../../types/skills";
import { request } from "../../_internal/request";

/**
 * Lists the versions of a skill.
 *
 * @param skillId The skill, e.g. `skill_abc123`.
 * @param params Optional query: `limit`, `order`, `after` (pass `{}` when giving a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: SkillVersion[], first_id, last_id, has_more }, meta]`.
 * @example
 * const [status, page] = await skillVersions("skill_abc123", { order: "desc" });
 * for await (const [kind, version] of paginate(skillVersions, "skill_abc123", {})) console.log(kind, version);
 * @see https://platform.openai.com/docs/api-reference/skills/versions/list
 */
export function skillVersions(skillId: string, params?: SkillVersionListParams | Config, config?: Config): Promise<Result<SkillVersionList>> {
  return request({ method: "GET", path: "/skills/{skill_id}/versions", ids: { skill_id: skillId }, params, paramsOptional: true, config });
}
