/**
 * Skills and their versions: fixtures with the ids of the request echoed back; content is a small
 * zip-like byte string (`PK` header) named after the skill and version.
 */
import skill from "../../../fixtures/skill_skill.json";
import version from "../../../fixtures/skill_version.json";
import type { MockHandler, RecordedRequest } from "../types";
import { withFields } from "./util";

/** The bytes `GET …/content` answers: `PK\x03\x04` then the skill id and version as text. */
export function mockSkillZip(skillId: string, versionName: string): Uint8Array {
  return new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode(`${skillId}@${versionName}`)]);
}

const zipReply = (skillId = "", versionName = "") => ({ headers: { "content-type": "application/zip" }, body: mockSkillZip(skillId, versionName) });

function versionOf(request: RecordedRequest) {
  return { ...version, skill_id: request.params.skill_id, version: request.params.version };
}

const list = <T extends { id: string }>(data: T[]) => ({
  object: "list",
  data,
  first_id: data[0]?.id ?? null,
  last_id: data[data.length - 1]?.id ?? null,
  has_more: false,
});

export const skillsRoutes: Record<string, MockHandler> = {
  "GET /skills": { body: list([skill]) },
  "POST /skills": { body: skill },
  "GET /skills/:skill_id": (request) => withFields(skill, { id: request.params.skill_id }),
  "POST /skills/:skill_id": (request) => {
    const json = request.json as { default_version?: unknown } | undefined;
    return withFields(skill, { id: request.params.skill_id, default_version: json?.default_version ?? skill.default_version });
  },
  "DELETE /skills/:skill_id": (request) => ({ body: { object: "skill.deleted", deleted: true, id: request.params.skill_id } }),
  "GET /skills/:skill_id/content": (request) => zipReply(request.params.skill_id, skill.default_version),
  "GET /skills/:skill_id/versions": (request) => ({ body: list([{ ...version, skill_id: request.params.skill_id }]) }),
  "POST /skills/:skill_id/versions": (request) => withFields(version, { skill_id: request.params.skill_id }),
  "GET /skills/:skill_id/versions/:version": (request) => ({ body: versionOf(request) }),
  "DELETE /skills/:skill_id/versions/:version": (request) => ({
    body: { object: "skill.version.deleted", deleted: true, id: version.id, version: request.params.version },
  }),
  "GET /skills/:skill_id/versions/:version/content": (request) => zipReply(request.params.skill_id, request.params.version),
};
