import type { Config } from "../../config";
import type { Result } from "../../result";
import { request } from "../../_internal/request";

/**
 * Downloads the files of a skill's default version, as a zip, into memory.
 *
 * @param skillId The skill, e.g. `skill_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Uint8Array, meta]`: the raw bytes of the zip.
 * @example
 * const [status, zip] = await skillContent("skill_abc123");
 * if (status === "ok") await writeFile("./skill.zip", zip);
 * @see https://platform.openai.com/docs/api-reference/skills/content
 */
export function skillContent(skillId: string, config?: Config): Promise<Result<Uint8Array>> {
  return request({ method: "GET", path: "/skills/{skill_id}/content", ids: { skill_id: skillId }, send: "none", config, decode: "bytes" });
}
