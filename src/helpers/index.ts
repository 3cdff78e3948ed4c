// Composites built from the public functions, re-exported by src/index.ts.
export { collectChatCompletion } from "./collectChatCompletion";
export { collectCompletion } from "./collectCompletion";
export { collectImages } from "./collectImages";
export { collectResponse } from "./collectResponse";
export { textDeltas } from "./textDeltas";
export { speechAudio } from "./speech/speechAudio";
export { saveSpeech } from "./speech/saveSpeech";
export { filesUploadLarge } from "./filesUploadLarge";
export { paginate } from "./paginate";
export type { PageItem, PaginateArgs } from "./paginate";
export { poll } from "./poll";
export type { PollOptions } from "./poll";
export { batchRun } from "./batchRun";
export type {
  BatchRunEndpoint,
  BatchRunError,
  BatchRunItem,
  BatchRunOptions,
  BatchRunProgress,
  BatchRunRequest,
  BatchRunResponse,
  BatchRunResult,
  BatchRunShard,
} from "./batch/types";
export { responseFormat } from "./responseFormat";
export type { ChatResponseFormat, SchemaFormatOptions } from "./responseFormat";
export { textFormat } from "./textFormat";
export type { ResponseTextFormat } from "./textFormat";
export { functionTool } from "./functionTool";
export type { FunctionTool, FunctionToolOptions } from "./functionTool";
export { chatCompletionParse } from "./chatCompletionParse";
export type { ParsedChatCompletion, ParsedChatMessage, ParsedToolCall, ParsedOutput } from "./chatCompletionParse";
export { responsesParse } from "./responsesParse";
export type { ParsedResponse, ParsedResponseOutput } from "./responsesParse";
export { runTools } from "./runTools";
export type { RunToolsOptions, ToolCallContext, ToolCallOutcome, ToolRound, ToolRun, ToolRunError, ToolRunResult, ToolRunner } from "./runTools";
export type {
  InferSchemaOutput,
  JsonSchemaObject,
  StandardJsonSchemaLike,
  StandardJsonSchemaTarget,
  StandardPathSegment,
  StandardValidation,
} from "./structured/standardSchema";
export type { Carrying, CheckOutcome, StructuredSchema } from "./structured/schema";
export { responsesRunTools } from "./responsesRunTools";
export type { ResponsesToolRound, ResponsesToolRun, ResponsesToolRunError, ResponsesToolRunResult } from "./responsesRunTools";
export { toFile } from "./toFile";
export { verifyWebhook } from "./webhooks/verifyWebhook";
export type { VerifyWebhookOptions, WebhookEvent, WebhookEventType, WebhookHeaders, WebhookPayload } from "./webhooks/types";
