/** Types of skills (`/skills`) and their versions, defined from the generated spec types. */
import type { FileInput } from "./files";
import type { Schemas, Query } from "./schema";

/** A skill: a named bundle of files (a `SKILL.md` and what it uses), with a default and a latest version. */
export type Skill = Schemas["SkillResource"];
/** A page of skills. */
export type SkillList = Schemas["SkillListResource"];
/** What `skillsDelete` returns. */
export type SkillDeleted = Schemas["DeletedSkillResource"];
/** Query of `skills(params)`: `limit`, `order`, `after`. */
export type SkillListParams = Query<"ListSkills">;
/** What `skillsModify` sends: the version to make the default. */
export type SkillModifyParams = Schemas["SetDefaultSkillVersionBody"];

/** One version of a skill. */
export type SkillVersion = Schemas["SkillVersionResource"];
/** A page of a skill's versions. */
export type SkillVersionList = Schemas["SkillVersionListResource"];
/** What `skillVersionDelete` returns. */
export type SkillVersionDeleted = Schemas["DeletedSkillVersionResource"];
/** Query of `skillVersions(skillId, params)`: `limit`, `order`, `after`. */
export type SkillVersionListParams = Query<"ListSkillVersions">;
/** The non-file fields of `skillVersionCreate` (the spec's body without its `files`). */
export type SkillVersionCreateParams = Omit<Schemas["CreateSkillVersionBody"], "files">;

/**
 * The files of a skill upload: one file (e.g. a zip) or several, each named by its path inside the
 * skill (`{ data, filename: "my-skill/SKILL.md" }`). Hand-written: the spec types them as strings.
 */
export type SkillFiles = FileInput | readonly FileInput[];
