/** ChatKit (issue 15): "METHOD /path" as in fixtures/openapi/latest.yaml → function. */
export const operations: Record<string, string> = {
  "POST /chatkit/sessions": "chatkitSessionsCreate",
  "POST /chatkit/sessions/{session_id}/cancel": "chatkitSessionsCancel",
  "GET /chatkit/threads": "chatkitThreads",
  "GET /chatkit/threads/{thread_id}": "chatkitThreads",
  "DELETE /chatkit/threads/{thread_id}": "chatkitThreadsDelete",
  "GET /chatkit/threads/{thread_id}/items": "chatkitThreadItems",
};
