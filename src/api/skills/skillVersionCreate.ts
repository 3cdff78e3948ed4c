import type { Config } from "../../config";
import type { Result } from "../../result";
import type { SkillFiles, SkillVersion, SkillVersionCreateParams } from "../../types/skills";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";
import { skillFormFiles } from "../../_internal/skillFiles";

/**
 * Uploads a new version of a skill (multipart), optionally making it the default.
 *
 * @param skillId The skill, e.g. `skill_abc123`.
 * @param files One file or an array: a path, Blob, File, bytes or `{ data, filename }`.
 * @param params Optional `{ default?: boolean }` (pass `{}` when giving a config).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", SkillVersion, meta]`, or a `file` error (nothing sent) when a path cannot be read.
 * @example
 * const [status, version] = await skillVersionCreate("skill_abc123", "./my-skill.zip", { default: true });
 * if (status === "ok") console.log(version.version);
 * @see https://platform.openai.com/docs/api-reference/skills/versions/create
 */
export function skillVersionCreate(
  skillId: string,
  files: SkillFiles,
  params?: SkillVersionCreateParams | Config,
  config?: Config,
): Promise<Result<SkillVersion>> {
  return request({
    method: "POST",
    path: "/skills/{skill_id}/versions",
    ids: { skill_id: skillId },
    params,
    paramsOptional: true,
    form: (fields) => uploadForm(fields, skillFormFiles(files)),
    config,
  });
}
