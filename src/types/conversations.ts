/**
 * Conversations (/conversations): state the Responses API keeps between turns.
 *
 * Overlay: `conversationItemsCreate` takes the body's `items` and the query's `include` in one params
 * object (the SDK moves `include` to the query string).
 */
import type { Flat, JsonBody, Query, Schemas } from "./schema";

/**
 * A conversation.
 *
 * @example
 * const [status, conversation] = await conversationsCreate({ metadata: { topic: "demo" } });
 * if (status === "ok") console.log(conversation.id);
 */
export type Conversation = Schemas["ConversationResource"];

/** What `conversationsDelete` returns. */
export type ConversationDeleted = Schemas["DeletedConversationResource"];

/** An item of a conversation: a message, a tool call or its output, reasoning… */
export type ConversationItem = Schemas["ConversationItem"];

/** An item to add to a conversation (the same items `responsesCreate` takes as `input`). */
export type ConversationInputItem = Schemas["InputItem"];

/** A page of conversation items. */
export type ConversationItemList = Schemas["ConversationItemList"];

/** Extra data to include in returned items. */
export type ConversationInclude = Schemas["IncludeEnum"];

/**
 * Params of `conversationsCreate`.
 *
 * @example
 * await conversationsCreate({ items: [{ type: "message", role: "user", content: "Hello!" }] });
 */
export type ConversationCreateParams = Schemas["CreateConversationBody"];

/** Params of `conversationsModify`. */
export type ConversationModifyParams = Schemas["UpdateConversationBody"];

/** Query of `conversationItems`. */
export type ConversationItemsListParams = Query<"listConversationItems">;

/** Query of `conversationItem`. */
export type ConversationItemParams = Query<"getConversationItem">;

/**
 * Params of `conversationItemsCreate`: the items, and `include` for the query string.
 *
 * @example
 * await conversationItemsCreate("conv_123", { items: [{ type: "message", role: "user", content: "Hi" }], include: ["message.output_text.logprobs"] });
 */
export type ConversationItemsCreateParams = Flat<JsonBody<"createConversationItems"> & Query<"createConversationItems">>;
