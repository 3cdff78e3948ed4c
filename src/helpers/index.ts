// Composites built from the public functions, re-exported by src/index.ts.
export { collectChatCompletion } from "./collectChatCompletion";
export { collectCompletion } from "./collectCompletion";
export { filesUploadLarge } from "./filesUploadLarge";
export { paginate } from "./paginate";
export type { PageItem, PaginateArgs } from "./paginate";
export { toFile } from "./toFile";
