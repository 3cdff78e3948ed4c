/** Stored chat completions (issue 15): "METHOD /path" as in fixtures/openapi/latest.yaml → function. */
export const operations: Record<string, string> = {
  "GET /chat/completions": "chatCompletions",
  "GET /chat/completions/{completion_id}": "chatCompletions",
  "POST /chat/completions/{completion_id}": "chatCompletionsModify",
  "DELETE /chat/completions/{completion_id}": "chatCompletionsDelete",
  "GET /chat/completions/{completion_id}/messages": "chatCompletionMessages",
};
