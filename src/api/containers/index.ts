// Public functions of this resource, re-exported by src/index.ts.
export { containers } from "./containers";
export { containersCreate } from "./containersCreate";
export { containersDelete } from "./containersDelete";
export { containerFiles } from "./containerFiles";
export { containerFile } from "./containerFile";
export { containerFileCreate } from "./containerFileCreate";
export { containerFileDelete } from "./containerFileDelete";
export { containerFileContent } from "./containerFileContent";
