// Public functions of this resource, re-exported by src/index.ts.
export { assistants } from "./assistants";
export { assistantsCreate } from "./assistantsCreate";
export { assistantsModify } from "./assistantsModify";
export { assistantsDelete } from "./assistantsDelete";
export { assistantFiles } from "./assistantFiles";
export { assistantFile } from "./assistantFile";
export { assistantFileCreate } from "./assistantFileCreate";
export { assistantFileDelete } from "./assistantFileDelete";
