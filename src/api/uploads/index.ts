// Public functions of this resource, re-exported by src/index.ts.
export { uploadsAddPart } from "./uploadsAddPart";
export { uploadsCancel } from "./uploadsCancel";
export { uploadsComplete } from "./uploadsComplete";
export { uploadsCreate } from "./uploadsCreate";
