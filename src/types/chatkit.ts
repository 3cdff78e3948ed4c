/** Types of ChatKit (`/chatkit`): sessions and threads, from the generated spec types. */
import type { Schemas, Query } from "./schema";

/**
 * A ChatKit session: its `client_secret` goes to the browser's ChatKit widget.
 *
 * @example
 * const [status, session] = await chatkitSessionsCreate({ workflow: { id: "wf_abc123" }, user: "user_42" });
 * if (status === "ok") console.log(session.client_secret);
 */
export type ChatkitSession = Schemas["ChatSessionResource"];

/** What `chatkitSessionsCreate` sends: `workflow` and `user` (plus expiry, rate limits, configuration). */
export type ChatkitSessionCreateParams = Schemas["CreateChatSessionBody"];

/** A ChatKit thread. */
export type ChatkitThread = Schemas["ThreadResource"];

/** A page of ChatKit threads. */
export type ChatkitThreadList = Schemas["ThreadListResource"];

/** Query of `chatkitThreads(params)`: page with `after`/`before`/`limit`/`order`, filter by `user`. */
export type ChatkitThreadListParams = Query<"ListThreadsMethod">;

/** The answer of `chatkitThreadsDelete`. */
export type ChatkitThreadDeleted = Schemas["DeletedThreadResource"];

/** An item of a ChatKit thread (a user or assistant message, a widget, a task, ...). */
export type ChatkitThreadItem = Schemas["ThreadItem"];

/** A page of a ChatKit thread's items. */
export type ChatkitThreadItemList = Schemas["ThreadItemListResource"];

/** Query of `chatkitThreadItems(threadId, params)`. */
export type ChatkitThreadItemListParams = Query<"ListThreadItemsMethod">;
