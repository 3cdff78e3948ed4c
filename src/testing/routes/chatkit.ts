/**
 * ChatKit: sessions (create echoing workflow and user, cancel) and threads (list, retrieve, delete,
 * items). Like the API, every route answers 400 without the `OpenAI-Beta: chatkit_beta=v1` header.
 */
import sessionFixture from "../../../fixtures/chatkit_session.json";
import threadFixture from "../../../fixtures/chatkit_thread.json";
import itemsFixture from "../../../fixtures/chatkit_thread_items.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { mockId, pageOf } from "./fineTuning";
import { errorReply, withFields } from "./util";

const threads = ["cthr_52e8b0a7f1c9", "cthr_52e8b0a7f1d0", "cthr_52e8b0a7f1d1"].map((id) => ({ ...threadFixture, id }));

/** The handler, behind the beta-header check. */
function beta(handler: (request: RecordedRequest) => MockReply): MockHandler {
  return (request) =>
    request.headers["openai-beta"]?.includes("chatkit_beta=v1") ? handler(request) : errorReply(400, "ChatKit requires the chatkit_beta=v1 beta header.");
}

export const chatkitRoutes: Record<string, MockHandler> = {
  "POST /chatkit/sessions": beta((request) => {
    const body = (request.json ?? {}) as { workflow?: { id?: unknown }; user?: unknown };
    return withFields(sessionFixture, { id: mockId("cksess_"), user: body.user, workflow: { ...sessionFixture.workflow, id: body.workflow?.id } });
  }),
  "POST /chatkit/sessions/:session/cancel": beta((request) => withFields(sessionFixture, { id: request.params.session, status: "cancelled" })),
  "GET /chatkit/threads": beta((request) => pageOf(threads, request)),
  "GET /chatkit/threads/:thread": beta((request) => withFields(threadFixture, { id: request.params.thread })),
  "DELETE /chatkit/threads/:thread": beta((request) => ({ body: { id: request.params.thread, object: "chatkit.thread.deleted", deleted: true } })),
  "GET /chatkit/threads/:thread/items": beta((request) =>
    pageOf(
      itemsFixture.data.map((item) => ({ ...item, thread_id: request.params.thread })),
      request,
    ),
  ),
};
