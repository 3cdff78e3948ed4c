// Public functions of this resource, re-exported by src/index.ts.
export { collectChatCompletion } from "./collectChatCompletion";
export { collectCompletion } from "./collectCompletion";
