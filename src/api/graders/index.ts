// Public functions of this resource, re-exported by src/index.ts.
export { gradersRun } from "./gradersRun";
export { gradersValidate } from "./gradersValidate";
