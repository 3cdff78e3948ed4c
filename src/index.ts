/**
 * openai-ex: one flat namespace of standalone functions for the OpenAI REST API. Each returns a
 * result tuple and never throws. Re-exports only: importing this module does nothing else.
 */
export { ok, err, isOk, isError, unwrap, unwrapOr } from "./result";
export type { Result, StreamItem, ResponseMeta, RateLimit, UnwrapError } from "./result";
export type {
  OpenAIError,
  OpenAIErrorKind,
  OpenAIErrorBody,
  ApiError,
  HttpError,
  TimeoutError,
  NetworkError,
  AbortedError,
  ParseError,
  FileError,
  ConfigError,
  ArgumentError,
  ExpiredError,
  BatchFailedError,
  ValidationError,
  WebhookError,
  WebhookProblem,
  ValidationIssue,
} from "./errors";
export { setConfig, getConfig, resetConfig, DEFAULT_API_URL } from "./config";
export type { Config, HttpOptions, ResolvedConfig } from "./config";
export type { EventStream, NamedEvent } from "./stream";
export { VERSION } from "./version";

export type * from "./types/common";
export type * from "./types/models";
export type * from "./types/chat";
export type * from "./types/embeddings";
export type * from "./types/moderations";
export type * from "./types/completions";
export type * from "./types/edits";
export type * from "./types/images";
export type * from "./types/audio";
export type * from "./types/files";
export type * from "./types/finetunes";
export type * from "./types/engines";
export type * from "./types/assistants";
export type * from "./types/threads";
export type * from "./types/fineTuning";
export type * from "./types/batches";
export type * from "./types/responses";
export type * from "./types/conversations";
export type * from "./types/vectorStores";
export type * from "./types/uploads";
export type * from "./types/request";
export type * from "./types/chatCompletions";
export type * from "./types/responsesCompact";
export type * from "./types/containers";
export type * from "./types/chatkit";
export type * from "./types/contentProvenance";
export type * from "./types/evals";
export type * from "./types/graders";
export type * from "./types/checkpointPermissions";
export type * from "./types/voices";
export type * from "./types/realtime";
export type * from "./types/skills";

export * from "./api/models/index";
export * from "./api/chat/index";
export * from "./api/embeddings/index";
export * from "./api/moderations/index";
export * from "./api/completions/index";
export * from "./api/edits/index";
export * from "./api/images/index";
export * from "./api/audio/index";
export * from "./api/files/index";
export * from "./api/finetunes/index";
export * from "./api/engines/index";
export * from "./api/assistants/index";
export * from "./api/threads/index";
export * from "./api/fileContent/index";
export * from "./api/fineTuning/index";
export * from "./api/batches/index";
export * from "./api/responses/index";
export * from "./api/conversations/index";
export * from "./api/vectorStores/index";
export * from "./api/uploads/index";
export * from "./api/request/index";
export * from "./api/containers/index";
export * from "./api/chatkit/index";
export * from "./api/contentProvenance/index";
export * from "./api/evals/index";
export * from "./api/graders/index";
export * from "./api/realtime/index";
export * from "./api/skills/index";
export * from "./aliases";
export * from "./helpers/index";
