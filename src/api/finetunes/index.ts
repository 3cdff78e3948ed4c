// Public functions of this resource, re-exported by src/index.ts.
export { finetunes } from "./finetunes";
export { finetunesCreate } from "./finetunesCreate";
export { finetunesCancel } from "./finetunesCancel";
export { finetunesListEvents } from "./finetunesListEvents";
export { finetunesDeleteModel } from "./finetunesDeleteModel";
