// Composites built from the public functions, re-exported by src/index.ts.
export { collectChatCompletion } from "./collectChatCompletion";
export { collectCompletion } from "./collectCompletion";
export { filesUploadLarge } from "./filesUploadLarge";
export { paginate } from "./paginate";
export type { PageItem, PaginateArgs } from "./paginate";
export { poll } from "./poll";
export type { PollOptions } from "./poll";
export { batchRun } from "./batchRun";
export type { BatchRunEndpoint, BatchRunError, BatchRunItem, BatchRunOptions, BatchRunProgress, BatchRunRequest, BatchRunResponse, BatchRunResult, BatchRunShard } from "./batch/types";
