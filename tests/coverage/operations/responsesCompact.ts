/** Responses input tokens and compaction (issue 15): "METHOD /path" as in fixtures/openapi/latest.yaml → function. */
export const operations: Record<string, string> = {
  "POST /responses/input_tokens": "responsesInputTokens",
  "POST /responses/compact": "responsesCompact",
  "POST /responses/input_tokens?beta=true": "responsesInputTokens",
  "POST /responses/compact?beta=true": "responsesCompact",
};
