// Public functions of this resource, re-exported by src/index.ts.
export { batches } from "./batches";
export { batchesCreate } from "./batchesCreate";
export { batchesCancel } from "./batchesCancel";
