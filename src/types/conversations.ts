/** Conversations (/conversations): long-lived item stores used by the Responses API. */
import type { Metadata } from "./common";

/**
 * A conversation: a container of items that `responsesCreate` can read from and append to.
 *
 * @example
 * const [status, conversation] = await conversationsCreate({ metadata: { topic: "demo" } });
 * if (status === "ok") console.log(conversation.id); // "conv_123"
 */
export interface Conversation {
  id: string;
  object: "conversation";
  /** Unix seconds. */
  created_at: number;
  metadata: Metadata | null | Record<string, unknown>;
}

/** The body of `conversationsDelete`. */
export interface ConversationDeleted {
  id: string;
  object: "conversation.deleted";
  deleted: boolean;
}

/**
 * One item of a conversation (a message, a tool call, a tool output, a reasoning item...), told
 * apart by `type`. The fields are those of the matching Responses API item.
 */
export interface ConversationItem {
  type: "message" | "function_call" | "function_call_output" | "file_search_call" | "web_search_call" | "reasoning" | string;
  id: string;
  status?: "in_progress" | "completed" | "incomplete" | string;
  role?: "user" | "assistant" | "system" | "developer" | string;
  content?: Array<{ type: string; text?: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** An item to add to a conversation: a Responses API input item (e.g. a message). */
export interface ConversationInputItem {
  type?: "message" | "function_call" | "function_call_output" | "item_reference" | string;
  role?: "user" | "assistant" | "system" | "developer";
  content?: string | Array<{ type: "input_text" | "input_image" | "input_file" | "output_text" | string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** A page of conversation items. */
export interface ConversationItemList {
  object: "list";
  data: ConversationItem[];
  has_more: boolean;
  first_id: string;
  last_id: string;
}

/** Extra output data a conversation item listing can include. */
export type ConversationInclude =
  | "file_search_call.results"
  | "web_search_call.results"
  | "web_search_call.action.sources"
  | "message.input_image.image_url"
  | "computer_call_output.output.image_url"
  | "code_interpreter_call.outputs"
  | "reasoning.encrypted_content"
  | "message.output_text.logprobs";

/** Params of `conversationsCreate`. */
export interface ConversationCreateParams {
  /** Up to 16 string pairs. */
  metadata?: Metadata | null;
  /** Up to 20 items to start the conversation with. */
  items?: ConversationInputItem[] | null;
}

/** Params of `conversationsModify`. */
export interface ConversationModifyParams {
  metadata: Metadata;
}

/** Query params of `conversationItems`. */
export interface ConversationItemsListParams {
  /** 1-100, default 20. */
  limit?: number;
  /** Default `desc`. */
  order?: "asc" | "desc";
  /** An item id to list after. */
  after?: string;
  include?: ConversationInclude[];
}

/** Query params of `conversationItem`. */
export interface ConversationItemParams {
  include?: ConversationInclude[];
}

/** Params of `conversationItemsCreate`: `items` is the JSON body; `include` is sent in the query string. */
export interface ConversationItemsCreateParams {
  /** Up to 20 items. */
  items: ConversationInputItem[];
  /** Extra output data to include in the returned items (sent as the `include` query parameter). */
  include?: ConversationInclude[];
}
