import type { Config } from "../../config";
import type { Result } from "../../result";
import { request } from "../../_internal/request";

/**
 * Downloads the files of one version of a skill, as a zip, into memory.
 *
 * @param skillId The skill, e.g. `skill_abc123`.
 * @param version The version, e.g. `"2"`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", Uint8Array, meta]`: the raw bytes of the zip.
 * @example
 * const [status, zip] = await skillVersionContent("skill_abc123", "2");
 * @see https://platform.openai.com/docs/api-reference/skills/versions/content
 */
export function skillVersionContent(skillId: string, version: string, config?: Config): Promise<Result<Uint8Array>> {
  return request({
    method: "GET",
    path: "/skills/{skill_id}/versions/{version}/content",
    ids: { skill_id: skillId, version },
    send: "none",
    config,
    decode: "bytes",
  });
}
