/** Chat completions (POST /chat/completions). Field names as on the wire. */
import type { Metadata, ReasoningEffort, ServiceTier } from "./common";

/** A part of a user message's content. */
export type ChatContentPart =
  | { type: "text"; text: string }
  | { type: "image_url"; image_url: { url: string; detail?: "auto" | "low" | "high" } }
  | { type: "input_audio"; input_audio: { data: string; format: "wav" | "mp3" } }
  | { type: "file"; file: { file_id?: string; file_data?: string; filename?: string } };

/** A tool call the model asked for. */
export interface ChatToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** A message sent to the model. */
export type ChatMessageParam =
  | { role: "system" | "developer"; content: string | Array<{ type: "text"; text: string }>; name?: string }
  | { role: "user"; content: string | ChatContentPart[]; name?: string }
  | {
      role: "assistant";
      content?: string | Array<{ type: "text"; text: string } | { type: "refusal"; refusal: string }> | null;
      name?: string;
      tool_calls?: ChatToolCall[];
      refusal?: string | null;
      /** @deprecated replaced by `tool_calls`. */
      function_call?: { name: string; arguments: string } | null;
    }
  | { role: "tool"; content: string | Array<{ type: "text"; text: string }>; tool_call_id: string }
  | { role: "function"; content: string | null; name: string };

/** A function tool the model may call. */
export interface ChatTool {
  type: "function";
  function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean | null };
}

/** The input format of a custom tool: free text (the default) or text matching a grammar. */
export type ChatCustomToolFormat =
  | { type: "text" }
  | { type: "grammar"; grammar: { definition: string; syntax: "lark" | "regex" } };

/** A custom tool: the model calls it with free-form text (optionally constrained by a grammar) instead of JSON. */
export interface ChatCustomTool {
  type: "custom";
  custom: { name: string; description?: string; format?: ChatCustomToolFormat };
}

/**
 * Which tool the model may or must call: a mode, one named function or custom tool,
 * or a subset of `tools` (`allowed_tools`) with a mode.
 */
export type ChatToolChoice =
  | "none"
  | "auto"
  | "required"
  | { type: "function"; function: { name: string } }
  | { type: "custom"; custom: { name: string } }
  | { type: "allowed_tools"; allowed_tools: { mode: "auto" | "required"; tools: Array<Record<string, unknown>> } };

/** Params of `chatCompletion`. */
export interface ChatCompletionParams {
  /** e.g. `gpt-4o-mini`. */
  model: string;
  messages: ChatMessageParam[];
  /** Stream partial deltas as server-sent events. */
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  temperature?: number | null;
  top_p?: number | null;
  n?: number | null;
  stop?: string | string[] | null;
  /** @deprecated use `max_completion_tokens`. */
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  presence_penalty?: number | null;
  frequency_penalty?: number | null;
  logit_bias?: Record<string, number> | null;
  logprobs?: boolean | null;
  top_logprobs?: number | null;
  user?: string;
  seed?: number | null;
  /** Function tools and custom tools the model may call. */
  tools?: Array<ChatTool | ChatCustomTool>;
  tool_choice?: ChatToolChoice;
  parallel_tool_calls?: boolean;
  response_format?:
    | { type: "text" }
    | { type: "json_object" }
    | { type: "json_schema"; json_schema: { name: string; description?: string; schema?: Record<string, unknown>; strict?: boolean | null } };
  reasoning_effort?: ReasoningEffort | null;
  modalities?: Array<"text" | "audio"> | null;
  audio?: { voice: string; format: "wav" | "mp3" | "flac" | "opus" | "pcm16" } | null;
  service_tier?: ServiceTier | null;
  store?: boolean | null;
  metadata?: Metadata | null;
  /** @deprecated use `tools`. */
  functions?: Array<{ name: string; description?: string; parameters?: Record<string, unknown> }>;
  /** @deprecated use `tool_choice`. */
  function_call?: "none" | "auto" | { name: string };
}

/** Token usage of a completion. */
export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number; audio_tokens?: number };
  completion_tokens_details?: { reasoning_tokens?: number; audio_tokens?: number; accepted_prediction_tokens?: number; rejected_prediction_tokens?: number };
}

/** Log probabilities of tokens. */
export interface ChatLogprobs {
  content: Array<{ token: string; logprob: number; bytes: number[] | null; top_logprobs: Array<{ token: string; logprob: number; bytes: number[] | null }> }> | null;
  refusal?: ChatLogprobs["content"];
}

/** A message the model wrote. */
export interface ChatCompletionMessage {
  role: "assistant";
  content: string | null;
  refusal?: string | null;
  tool_calls?: ChatToolCall[];
  /** @deprecated replaced by `tool_calls`. */
  function_call?: { name: string; arguments: string } | null;
  annotations?: Array<{ type: "url_citation"; url_citation: { start_index: number; end_index: number; url: string; title: string } }>;
  audio?: { id: string; data: string; expires_at: number; transcript: string } | null;
}

/** Why the model stopped. */
export type FinishReason = "stop" | "length" | "tool_calls" | "content_filter" | "function_call";

/** What `chatCompletion` returns (non-stream). */
export interface ChatCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  choices: Array<{ index: number; message: ChatCompletionMessage; finish_reason: FinishReason | null; logprobs?: ChatLogprobs | null }>;
  usage?: CompletionUsage;
  system_fingerprint?: string | null;
  service_tier?: string | null;
}

/** One streamed chunk of a chat completion (`stream: true`). */
export interface ChatCompletionChunk {
  id: string;
  object: "chat.completion.chunk";
  created: number;
  model: string;
  choices: Array<{
    index: number;
    delta: {
      role?: "assistant" | "developer" | "system" | "user" | "tool";
      content?: string | null;
      refusal?: string | null;
      tool_calls?: Array<{ index: number; id?: string; type?: "function"; function?: { name?: string; arguments?: string } }>;
      /** @deprecated replaced by `tool_calls`. */
      function_call?: { name?: string; arguments?: string };
    };
    finish_reason: FinishReason | null;
    logprobs?: ChatLogprobs | null;
  }>;
  /** Present on the last chunk when `stream_options.include_usage` is set. */
  usage?: CompletionUsage | null;
  system_fingerprint?: string | null;
  service_tier?: string | null;
}

/** The official SDK's name for `ChatMessageParam`, so code ported from openai-node compiles. */
export type ChatCompletionMessageParam = ChatMessageParam;
/** The official SDK's name for `ChatTool`. */
export type ChatCompletionTool = ChatTool;
/** The official SDK's name for `ChatCompletionParams`. */
export type ChatCompletionCreateParams = ChatCompletionParams;
/** The official SDK's name for `ChatToolCall`. */
export type ChatCompletionMessageToolCall = ChatToolCall;
/** The official SDK's name for `ChatContentPart`. */
export type ChatCompletionContentPart = ChatContentPart;
/** The official SDK's name for `ChatToolChoice`. */
export type ChatCompletionToolChoiceOption = ChatToolChoice;
