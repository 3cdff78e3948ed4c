// Public functions of this resource, re-exported by src/index.ts.
export { skills } from "./skills";
export { skillsCreate } from "./skillsCreate";
export { skillsModify } from "./skillsModify";
export { skillsDelete } from "./skillsDelete";
export { skillContent } from "./skillContent";
export { skillVersions } from "./skillVersions";
export { skillVersion } from "./skillVersion";
export { skillVersionCreate } from "./skillVersionCreate";
export { skillVersionDelete } from "./skillVersionDelete";
export { skillVersionContent } from "./skillVersionContent";
