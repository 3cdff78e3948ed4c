import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  paginate,
  skillContent,
  skills,
  skillsCreate,
  skillsDelete,
  skillsModify,
  skillVersion,
  skillVersionContent,
  skillVersionCreate,
  skillVersionDelete,
  skillVersions,
} from "../../src/index";
import { mockSkillZip } from "../../src/testing/routes/skills";
import skill from "../../fixtures/skill_skill.json";
import version from "../../fixtures/skill_version.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const meta = expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) });
const list = <T extends { id: string }>(item: T) => ({ object: "list", data: [item], first_id: item.id, last_id: item.id, has_more: false });

/** The request the server saw: method, path, query, the headers that matter, and the JSON body. */
function seen() {
  const request = mock.server.lastRequest();
  return {
    method: request?.method,
    path: request?.path,
    query: request?.query,
    json: request?.json,
    authorization: request?.headers.authorization,
    contentType: request?.headers["content-type"],
    accept: request?.headers.accept,
    bodySize: request?.bodySize,
  };
}

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const skillMd = new TextEncoder().encode("---\nname: csv-cleaner\n---\nClean the CSV.\n");
const script = new TextEncoder().encode("print('clean')\n");
const filePart = (field: string, filename: string, data: Uint8Array) => ({
  field,
  filename,
  contentType: expect.any(String),
  size: data.length,
  sha256: sha(data),
  data,
});

describe("skills", () => {
  it("skills() lists, skills(params) sends the query", async () => {
    expect(await skills(undefined, mock.config())).toEqual(["ok", list(skill), meta]);
    expect(seen()).toEqual({
      method: "GET",
      path: "/skills",
      query: {},
      json: undefined,
      authorization: `Bearer ${TEST_KEY}`,
      contentType: undefined,
      accept: "application/json",
      bodySize: 0,
    });
    expect(await skills({ limit: 5, order: "asc", after: "skill_x" }, mock.config())).toEqual(["ok", list(skill), meta]);
    expect(seen()).toMatchObject({ method: "GET", path: "/skills", query: { limit: "5", order: "asc", after: "skill_x" } });
  });

  it("skills(skillId) retrieves, percent-encoding the id", async () => {
    expect(await skills("skill_1/2", mock.config())).toEqual(["ok", { ...skill, id: "skill_1/2" }, meta]);
    expect(seen()).toMatchObject({ method: "GET", path: "/skills/skill_1%2F2", query: {}, bodySize: 0 });
  });

  it("paginate(skills, {}) yields the skills of the page", async () => {
    const items = [];
    for await (const item of paginate(skills, {}, mock.config())) items.push(item);
    expect(items).toEqual([["ok", skill]]);
  });

  it("skillsCreate(file) uploads one file as the `files` part", async () => {
    const result = await skillsCreate({ data: skillMd, filename: "csv-cleaner/SKILL.md" }, mock.config());
    expect(result).toEqual(["ok", skill, meta]);
    const request = mock.server.lastRequest();
    expect(request).toMatchObject({ method: "POST", path: "/skills" });
    expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.multipart).toEqual({ fields: {}, files: [filePart("files", "csv-cleaner/SKILL.md", skillMd)] });
  });

  it("skillsCreate([files]) uploads each file as a `files[]` part, in order", async () => {
    await skillsCreate(
      [
        { data: skillMd, filename: "csv-cleaner/SKILL.md" },
        { data: script, filename: "csv-cleaner/clean.py" },
      ],
      mock.config(),
    );
    expect(mock.server.lastRequest()?.multipart).toEqual({
      fields: {},
      files: [filePart("files[]", "csv-cleaner/SKILL.md", skillMd), filePart("files[]", "csv-cleaner/clean.py", script)],
    });
  });

  it("skillsCreate with a missing path is a file error and sends nothing", async () => {
    const result = await skillsCreate(["./no-such-skill/SKILL.md"], mock.config());
    expect(result).toEqual(["error", expect.objectContaining({ kind: "file" })]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("skillsModify(skillId, params) posts the default version", async () => {
    expect(await skillsModify("skill_abc", { default_version: "2" }, mock.config())).toEqual(["ok", { ...skill, id: "skill_abc", default_version: "2" }, meta]);
    expect(seen()).toMatchObject({ method: "POST", path: "/skills/skill_abc", json: { default_version: "2" }, contentType: "application/json" });
  });

  it("skillsDelete(skillId) sends DELETE without a body", async () => {
    expect(await skillsDelete("skill_abc", mock.config())).toEqual(["ok", { object: "skill.deleted", deleted: true, id: "skill_abc" }, meta]);
    expect(seen()).toMatchObject({ method: "DELETE", path: "/skills/skill_abc", json: undefined, contentType: undefined, bodySize: 0 });
  });

  it("skillContent(skillId) returns the zip bytes, accepting any type", async () => {
    expect(await skillContent("skill_abc", mock.config())).toEqual(["ok", mockSkillZip("skill_abc", skill.default_version), meta]);
    expect(seen()).toMatchObject({ method: "GET", path: "/skills/skill_abc/content", accept: "*/*", bodySize: 0 });
  });

  it("skillVersions(skillId[, params]) lists the versions", async () => {
    expect(await skillVersions("skill_abc", undefined, mock.config())).toEqual(["ok", list({ ...version, skill_id: "skill_abc" }), meta]);
    expect(seen()).toMatchObject({ method: "GET", path: "/skills/skill_abc/versions", query: {} });
    await skillVersions("skill_abc", { limit: 2, order: "desc", after: "skillver_1" }, mock.config());
    expect(seen()).toMatchObject({ method: "GET", path: "/skills/skill_abc/versions", query: { limit: "2", order: "desc", after: "skillver_1" } });
  });

  it("paginate(skillVersions, skillId, {}) yields the versions", async () => {
    const items = [];
    for await (const item of paginate(skillVersions, "skill_abc", {}, mock.config())) items.push(item);
    expect(items).toEqual([["ok", { ...version, skill_id: "skill_abc" }]]);
  });

  it("skillVersion(skillId, version) retrieves one version", async () => {
    expect(await skillVersion("skill_abc", "3", mock.config())).toEqual(["ok", { ...version, skill_id: "skill_abc", version: "3" }, meta]);
    expect(seen()).toMatchObject({ method: "GET", path: "/skills/skill_abc/versions/3", query: {}, bodySize: 0 });
  });

  it("skillVersionCreate(skillId, files, params) sends `default` as a field before the files", async () => {
    const result = await skillVersionCreate("skill_abc", [{ data: skillMd, filename: "csv-cleaner/SKILL.md" }], { default: true }, mock.config());
    expect(result).toEqual(["ok", { ...version, skill_id: "skill_abc" }, meta]);
    const request = mock.server.lastRequest();
    expect(request).toMatchObject({ method: "POST", path: "/skills/skill_abc/versions" });
    expect(request?.multipart).toEqual({ fields: { default: "true" }, files: [filePart("files[]", "csv-cleaner/SKILL.md", skillMd)] });
  });

  it("skillVersionCreate(skillId, file) without params sends only the file", async () => {
    await skillVersionCreate("skill_abc", new Blob([script]), undefined, mock.config());
    expect(mock.server.lastRequest()?.multipart).toEqual({ fields: {}, files: [{ ...filePart("files", expect.any(String), script) }] });
  });

  it("skillVersionDelete(skillId, version) sends DELETE", async () => {
    expect(await skillVersionDelete("skill_abc", "1", mock.config())).toEqual([
      "ok",
      { object: "skill.version.deleted", deleted: true, id: version.id, version: "1" },
      meta,
    ]);
    expect(seen()).toMatchObject({ method: "DELETE", path: "/skills/skill_abc/versions/1", bodySize: 0 });
  });

  it("skillVersionContent(skillId, version) returns the version's zip bytes", async () => {
    expect(await skillVersionContent("skill_abc", "2", mock.config())).toEqual(["ok", mockSkillZip("skill_abc", "2"), meta]);
    expect(seen()).toMatchObject({ method: "GET", path: "/skills/skill_abc/versions/2/content", accept: "*/*" });
  });

  it("an id that is not a string is an argument error, nothing sent", async () => {
    expect(await skillVersion(42 as never, "1", mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument" })]);
    expect(mock.server.requests).toHaveLength(0);
  });
});
