// Public functions of this resource, re-exported by src/index.ts.
export { filesContent } from "./filesContent";
