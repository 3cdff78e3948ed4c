// Public functions of this resource, re-exported by src/index.ts.
export { responsesCreate } from "./responsesCreate";
export { responses } from "./responses";
export { responsesDelete } from "./responsesDelete";
export { responsesCancel } from "./responsesCancel";
export { responsesInputItems } from "./responsesInputItems";
export { responsesInputTokens } from "./responsesInputTokens";
export { responsesCompact } from "./responsesCompact";
