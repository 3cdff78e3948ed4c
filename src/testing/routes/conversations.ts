/** Conversations: fixtures with the ids and metadata of the request echoed back. */
import conversation from "../../../fixtures/conv_conversation.json";
import itemsList from "../../../fixtures/conv_items_list.json";
import item from "../../../fixtures/conv_item.json";
import type { MockHandler, RecordedRequest } from "../types";
import { withFields } from "./util";

function body(request: RecordedRequest): Record<string, unknown> {
  const json = request.json;
  return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
}

/** The created items, numbered, with `status: "completed"` (as OpenAI answers for input messages). */
function createdItems(request: RecordedRequest) {
  const items = Array.isArray(body(request).items) ? (body(request).items as Array<Record<string, unknown>>) : [];
  const data = items.map((input, index) => ({ ...input, type: input.type ?? "message", id: `msg_${String(index + 1).padStart(3, "0")}`, status: "completed" }));
  return { object: "list", data, first_id: data[0]?.id ?? null, last_id: data[data.length - 1]?.id ?? null, has_more: false };
}

export const conversationsRoutes: Record<string, MockHandler> = {
  "POST /conversations": (request) => withFields(conversation, { metadata: body(request).metadata ?? {} }),
  "GET /conversations/:conversation_id": (request) => withFields(conversation, { id: request.params.conversation_id }),
  "POST /conversations/:conversation_id": (request) =>
    withFields(conversation, { id: request.params.conversation_id, metadata: body(request).metadata ?? conversation.metadata }),
  "DELETE /conversations/:conversation_id": (request) => ({
    body: { id: request.params.conversation_id, object: "conversation.deleted", deleted: true },
  }),
  "GET /conversations/:conversation_id/items": { body: itemsList },
  "POST /conversations/:conversation_id/items": (request) => ({ body: createdItems(request) }),
  "GET /conversations/:conversation_id/items/:item_id": (request) => withFields(item, { id: request.params.item_id }),
  "DELETE /conversations/:conversation_id/items/:item_id": (request) => withFields(conversation, { id: request.params.conversation_id }),
};
