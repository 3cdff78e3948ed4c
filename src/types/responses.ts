/** Types of the Responses API (`/responses`), field names as on the wire. */
import type { ListPage, Metadata, ReasoningEffort, ServiceTier } from "./common";

/** A piece of input content: text, an image or a file. */
export type ResponseInputContent =
  | { type: "input_text"; text: string }
  | { type: "input_image"; image_url?: string | null; file_id?: string | null; detail?: "low" | "high" | "auto" }
  | { type: "input_file"; file_id?: string | null; file_url?: string; file_data?: string; filename?: string };

/** A message given as input. */
export interface ResponseInputMessage {
  type?: "message";
  role: "user" | "assistant" | "system" | "developer";
  content: string | ResponseInputContent[] | ResponseOutputContent[];
  id?: string;
  status?: "in_progress" | "completed" | "incomplete";
}

/** The result of a function call, sent back to the model. */
export interface ResponseFunctionCallOutput {
  type: "function_call_output";
  call_id: string;
  output: string;
  id?: string;
  status?: "in_progress" | "completed" | "incomplete";
}

/** An input item: a message, a function call output, or any output item sent back. */
export type ResponseInputItem = ResponseInputMessage | ResponseFunctionCallOutput | ResponseOutputItem | { type: "item_reference"; id: string };

/** An annotation of output text (citations of files or URLs). */
export type ResponseAnnotation =
  | { type: "file_citation"; file_id: string; filename: string; index: number }
  | { type: "url_citation"; url: string; title: string; start_index: number; end_index: number }
  | { type: "file_path"; file_id: string; index: number };

/** A content part of an output message. */
export type ResponseOutputContent =
  | { type: "output_text"; text: string; annotations: ResponseAnnotation[]; logprobs?: unknown[] }
  | { type: "refusal"; refusal: string };

/** A message written by the model. */
export interface ResponseOutputMessage {
  id: string;
  type: "message";
  role: "assistant";
  status: "in_progress" | "completed" | "incomplete";
  content: ResponseOutputContent[];
}

/** A `file_search` tool call and its results. */
export interface ResponseFileSearchCall {
  id: string;
  type: "file_search_call";
  status: "in_progress" | "searching" | "completed" | "incomplete" | "failed";
  queries: string[];
  results?: Array<{ file_id?: string; filename?: string; score?: number; text?: string; attributes?: Record<string, unknown> }> | null;
}

/** A function call the model asks you to make. */
export interface ResponseFunctionCall {
  id?: string;
  type: "function_call";
  call_id: string;
  name: string;
  arguments: string;
  status?: "in_progress" | "completed" | "incomplete";
}

/** A `web_search` tool call. */
export interface ResponseWebSearchCall {
  id: string;
  type: "web_search_call";
  status: "in_progress" | "searching" | "completed" | "failed";
  action?: Record<string, unknown>;
}

/** The model's reasoning (reasoning models). */
export interface ResponseReasoningItem {
  id: string;
  type: "reasoning";
  summary: Array<{ type: "summary_text"; text: string }>;
  encrypted_content?: string | null;
  status?: "in_progress" | "completed" | "incomplete";
}

/** An item of a response's `output`. */
export type ResponseOutputItem = ResponseOutputMessage | ResponseFileSearchCall | ResponseFunctionCall | ResponseWebSearchCall | ResponseReasoningItem;

/** A tool the model may call. */
export type ResponseTool =
  | { type: "function"; name: string; parameters: Record<string, unknown> | null; strict?: boolean | null; description?: string | null }
  | { type: "file_search"; vector_store_ids: string[]; max_num_results?: number; filters?: unknown; ranking_options?: Record<string, unknown> }
  | { type: "web_search" | "web_search_preview"; search_context_size?: "low" | "medium" | "high"; user_location?: Record<string, unknown> | null }
  | { type: "code_interpreter"; container: string | Record<string, unknown> }
  | { type: "mcp"; server_label: string; server_url?: string; [key: string]: unknown }
  | { type: "image_generation"; [key: string]: unknown };

/** Token usage of a response. */
export interface ResponseUsage {
  input_tokens: number;
  input_tokens_details: { cached_tokens: number };
  output_tokens: number;
  output_tokens_details: { reasoning_tokens: number };
  total_tokens: number;
}

/** Text output options (plain text or structured JSON). */
export interface ResponseTextConfig {
  format?: { type: "text" } | { type: "json_object" } | { type: "json_schema"; name: string; schema: Record<string, unknown>; strict?: boolean | null; description?: string };
  verbosity?: "low" | "medium" | "high" | null;
}

/**
 * A model response (the Responses API's central object; named so it does not shadow fetch's `Response`).
 *
 * @example
 * const [status, response] = await responses("resp_abc123");
 * if (status === "ok") console.log(response.status, response.output_text);
 */
export interface ResponseObject {
  id: string;
  object: "response";
  created_at: number;
  status?: "completed" | "failed" | "in_progress" | "cancelled" | "queued" | "incomplete";
  completed_at?: number | null;
  error: { code: string; message: string } | null;
  incomplete_details: { reason?: "max_output_tokens" | "content_filter" } | null;
  instructions: string | ResponseInputItem[] | null;
  model: string;
  output: ResponseOutputItem[];
  /** SDK-only convenience in other clients; present only when a server sends it. */
  output_text?: string | null;
  parallel_tool_calls: boolean;
  previous_response_id?: string | null;
  reasoning?: { effort?: string | null; summary?: string | null } | null;
  store?: boolean;
  temperature: number | null;
  text?: ResponseTextConfig;
  tool_choice: "none" | "auto" | "required" | Record<string, unknown>;
  tools: ResponseTool[];
  top_p: number | null;
  truncation?: "auto" | "disabled" | null;
  usage?: ResponseUsage | null;
  user?: string;
  metadata: Metadata | null;
  max_output_tokens?: number | null;
  background?: boolean | null;
  conversation?: { id: string } | null;
  service_tier?: string | null;
}

/** What `responsesCreate` sends. */
export interface ResponseCreateParams {
  /** e.g. `gpt-4o-mini`; may be omitted when a `prompt` template names it. */
  model?: string;
  input?: string | ResponseInputItem[];
  instructions?: string | null;
  previous_response_id?: string | null;
  conversation?: string | { id: string } | null;
  tools?: ResponseTool[];
  tool_choice?: "none" | "auto" | "required" | Record<string, unknown>;
  parallel_tool_calls?: boolean | null;
  max_output_tokens?: number | null;
  max_tool_calls?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  top_logprobs?: number;
  text?: ResponseTextConfig;
  reasoning?: { effort?: ReasoningEffort | null; summary?: "auto" | "concise" | "detailed" | null } | null;
  include?: string[] | null;
  store?: boolean | null;
  background?: boolean | null;
  truncation?: "auto" | "disabled" | null;
  metadata?: Metadata | null;
  user?: string;
  safety_identifier?: string;
  prompt_cache_key?: string;
  service_tier?: ServiceTier | null;
  prompt?: { id: string; version?: string | null; variables?: Record<string, unknown> | null } | null;
  /** `true` streams typed events (`response.output_text.delta`, `response.completed`…). */
  stream?: boolean | null;
  stream_options?: { include_obfuscation?: boolean } | null;
}

/** Query of `responses` (retrieve): extra fields, and stream options that only matter when streaming. */
export interface ResponseRetrieveParams {
  /** Sent as `include[]=…`, e.g. `["file_search_call.results"]`. */
  include?: string[];
  include_obfuscation?: boolean;
  starting_after?: number;
}

/** Query of `responsesInputItems`. */
export interface ResponseInputItemsParams {
  after?: string;
  limit?: number;
  order?: "asc" | "desc";
  include?: string[];
}

/** An item of a response's input, as listed by `responsesInputItems` (each has an `id`). */
export type ResponseItem = (ResponseInputMessage & { id: string; type: "message" }) | ResponseOutputItem | (ResponseFunctionCallOutput & { id: string });

/** A page of input items. */
export type ResponseItemList = ListPage<ResponseItem>;

/** What `responsesDelete` returns (the API may answer with an empty body, mapped to the same shape). */
export interface ResponseDeleted {
  id: string;
  object: "response" | "response.deleted";
  deleted: boolean;
}

interface Seq {
  sequence_number: number;
}
interface AtItem extends Seq {
  item_id: string;
  output_index: number;
}
interface AtContent extends AtItem {
  content_index: number;
}

/** The lifecycle events carrying the whole response. */
export type ResponseLifecycleEvent = Seq & {
  type: "response.created" | "response.in_progress" | "response.queued" | "response.completed" | "response.failed" | "response.incomplete";
  response: ResponseObject;
};

/**
 * One event of a streamed response (`responsesCreate({ ..., stream: true })`), told apart by `type`.
 *
 * @example
 * for await (const [status, event] of stream) {
 *   if (status === "ok" && event.type === "response.output_text.delta") process.stdout.write(event.delta);
 * }
 */
export type ResponseStreamEvent =
  | ResponseLifecycleEvent
  | (Seq & { type: "response.output_item.added" | "response.output_item.done"; output_index: number; item: ResponseOutputItem })
  | (AtContent & { type: "response.content_part.added" | "response.content_part.done"; part: ResponseOutputContent })
  | (AtContent & { type: "response.output_text.delta"; delta: string; logprobs?: unknown[] })
  | (AtContent & { type: "response.output_text.done"; text: string; logprobs?: unknown[] })
  | (AtContent & { type: "response.output_text.annotation.added"; annotation_index: number; annotation: ResponseAnnotation })
  | (AtContent & { type: "response.refusal.delta"; delta: string })
  | (AtContent & { type: "response.refusal.done"; refusal: string })
  | (AtItem & { type: "response.function_call_arguments.delta"; delta: string })
  | (AtItem & { type: "response.function_call_arguments.done"; arguments: string; name?: string })
  | (AtItem & {
      type:
        | "response.file_search_call.in_progress"
        | "response.file_search_call.searching"
        | "response.file_search_call.completed"
        | "response.web_search_call.in_progress"
        | "response.web_search_call.searching"
        | "response.web_search_call.completed";
    })
  | (AtItem & { type: "response.reasoning_summary_text.delta"; summary_index: number; delta: string })
  | (AtItem & { type: "response.reasoning_summary_text.done"; summary_index: number; text: string })
  | (Seq & { type: "error"; code: string | null; message: string; param: string | null });

/** Every `type` a streamed response event can have. */
export type ResponseStreamEventType = ResponseStreamEvent["type"];
