/**
 * Stored chat completions: list (paged), retrieve, update metadata, delete, and a completion's messages.
 * Every id exists and answers the chat fixture under that id.
 */
import chatCompletion from "../../../fixtures/chat_completion.json";
import messages from "../../../fixtures/chatCompletions_messages.json";
import type { MockHandler } from "../types";
import { pageOf } from "./fineTuning";
import { withFields } from "./util";

const stored = ["chatcmpl-abc123", "chatcmpl-def456", "chatcmpl-ghi789"].map((id) => ({ ...chatCompletion, id, metadata: {} }));

export const chatCompletionsRoutes: Record<string, MockHandler> = {
  "GET /chat/completions": (request) => pageOf(stored, request),
  "GET /chat/completions/:id": (request) => withFields(chatCompletion, { id: request.params.id, metadata: {} }),
  "POST /chat/completions/:id": (request) =>
    withFields(chatCompletion, { id: request.params.id, metadata: (request.json as { metadata?: unknown } | undefined)?.metadata ?? {} }),
  "DELETE /chat/completions/:id": (request) => ({ body: { object: "chat.completion.deleted", id: request.params.id, deleted: true } }),
  "GET /chat/completions/:id/messages": (request) => pageOf(messages.data, request),
};
