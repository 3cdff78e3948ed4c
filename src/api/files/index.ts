// Public functions of this resource, re-exported by src/index.ts.
export { files } from "./files";
export { filesUpload } from "./filesUpload";
export { filesDelete } from "./filesDelete";
export { filesDownload } from "./filesDownload";
