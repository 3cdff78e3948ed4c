/**
 * The Responses API (/responses).
 *
 * Overlay: `ResponseCreateParams` and `ResponseObject` flatten the spec's `allOf` so hovers list the
 * fields; the `stream: true` / `stream?: false` overloads of `responsesCreate` narrow `stream`;
 * `ResponseDeleted` is written here because the spec gives DELETE /responses/{id} no body schema.
 */
import type { Flat, Query, Schemas } from "./schema";

/** A content part of an input message: text, an image or a file. */
export type ResponseInputContent = Schemas["InputContent"];

/** A message in `input`: a role and text or content parts. */
export type ResponseInputMessage = Schemas["EasyInputMessage"];

/** The output of a function call, sent back in `input`. */
export type ResponseFunctionCallOutput = Schemas["FunctionCallOutputItemParam"];

/** Any item of `input`: a message, an earlier output item, a tool output or an item reference. */
export type ResponseInputItem = Schemas["InputItem"];

/** An annotation of output text: a file or URL citation, or a file path. */
export type ResponseAnnotation = Schemas["Annotation"];

/** A content part of an output message. */
export type ResponseOutputContent = Schemas["OutputContent"];

/** A message the model wrote. */
export type ResponseOutputMessage = Schemas["OutputMessage"];

/** A file search the model ran. */
export type ResponseFileSearchCall = Schemas["FileSearchToolCall"];

/** A function call the model asked for. */
export type ResponseFunctionCall = Schemas["FunctionToolCall"];

/** A web search the model ran. */
export type ResponseWebSearchCall = Schemas["WebSearchToolCall"];

/** The reasoning of a reasoning model (a summary, or encrypted content). */
export type ResponseReasoningItem = Schemas["ReasoningItem"];

/** Any item of `output`. */
export type ResponseOutputItem = Schemas["OutputItem"];

/** A tool the model may use: function, file search, web search, code interpreter, MCP, image generation… */
export type ResponseTool = Schemas["Tool"];

/** Token usage of a response. */
export type ResponseUsage = Schemas["ResponseUsage"];

/** The text output settings: format (text, JSON object, JSON schema) and verbosity. */
export type ResponseTextConfig = Schemas["ResponseTextParam"];

/**
 * A response of the model.
 *
 * @example
 * const [status, response] = await responsesCreate({ model: "gpt-4o-mini", input: "Tell me a joke." });
 * if (status === "ok") console.log(response.output_text ?? response.output);
 */
export type ResponseObject = Flat<Schemas["Response"]>;

/**
 * Params of `responsesCreate`.
 *
 * @example
 * await responsesCreate({ model: "gpt-4o-mini", input: "Hi", prompt_cache_key: "k", max_tool_calls: 2, background: true });
 */
export type ResponseCreateParams = Flat<Schemas["CreateResponse"]>;

/** Query of `responses` (retrieve): extra fields, and stream options that only matter when streaming. */
export interface ResponseRetrieveParams {
  /** Sent as `include[]=…`, e.g. `["file_search_call.results"]`. */
  include?: string[];
  include_obfuscation?: boolean;
  starting_after?: number;
  /** `true` resumes a background response's event stream (after `starting_after`). */
  stream?: boolean;
}

/** Query of `responsesInputItems`. */
export type ResponseInputItemsParams = Query<"listInputItems">;

/** An item of a response's input list. */
export type ResponseItem = Schemas["ItemResource"];

/** A page of a response's input items. */
export type ResponseItemList = Schemas["ResponseItemList"];

/** What `responsesDelete` returns. */
export interface ResponseDeleted {
  id: string;
  object: "response" | "response.deleted";
  deleted: boolean;
}

/** An event of a `responsesCreate({ stream: true })` stream. */
export type ResponseStreamEvent = Schemas["ResponseStreamEvent"];

/** The events that carry the whole response: created, in progress, queued, completed, failed, incomplete. */
export type ResponseLifecycleEvent = Extract<ResponseStreamEvent, { response: unknown }>;

/** The `type` of every stream event. */
export type ResponseStreamEventType = ResponseStreamEvent["type"];
