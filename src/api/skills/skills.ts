import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Skill, SkillList, SkillListParams } from "../../types/skills";
import { request } from "../../_internal/request";

/**
 * Lists your skills, or retrieves one when given its id.
 *
 * @param params `{ limit?, order?, after? }` to page through the list (pass `{}` with a config). In the second form: the skill id.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", { object: "list", data: Skill[], first_id, last_id, has_more }, meta]`, or `["ok", skill, meta]` for an id.
 * @example
 * const [status, skill] = await skills("skill_abc123");
 * const [, page] = await skills({ limit: 10, order: "desc" });
 * for await (const [kind, item] of paginate(skills, {})) console.log(kind, item);
 * @see https://platform.openai.com/docs/api-reference/skills/list
 */
export function skills(params?: SkillListParams | Config, config?: Config): Promise<Result<SkillList>>;
export function skills(skillId: string, config?: Config): Promise<Result<Skill>>;
export function skills(first?: string | SkillListParams | Config, config?: Config): Promise<Result<SkillList | Skill>> {
  if (typeof first === "string") return request({ method: "GET", path: "/skills/{skill_id}", ids: { skill_id: first }, send: "none", config });
  return request({ method: "GET", path: "/skills", params: first, paramsOptional: true, config });
}
