import type { Config } from "../../config";
import type { Result } from "../../result";
import type { Skill, SkillFiles } from "../../types/skills";
import { uploadForm } from "../../_internal/multipart";
import { request } from "../../_internal/request";
import { skillFormFiles } from "../../_internal/skillFiles";

/**
 * Creates a skill from its files (multipart upload): a zip, or each file named by its path in the skill; paths are streamed from disk.
 *
 * @param files One file or an array: a path, Blob, File, bytes or `{ data, filename }` (e.g. `filename: "my-skill/SKILL.md"`).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Skill, meta]`, or a `file` error (nothing sent) when a path cannot be read.
 * @example
 * const [status, skill] = await skillsCreate("./my-skill.zip");
 * if (status === "ok") console.log(skill.id, skill.default_version);
 * @see https://platform.openai.com/docs/api-reference/skills/create
 */
export function skillsCreate(files: SkillFiles, config?: Config): Promise<Result<Skill>> {
  return request({ method: "POST", path: "/skills", send: "none", form: () => uploadForm({}, skillFormFiles(files)), config });
}
