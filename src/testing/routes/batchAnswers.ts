/** Deterministic fake answers for the lines of a mock batch, one shape per batch endpoint. */

/** The last user text of a chat body (or the prompt/input), for the echo in a fake answer. */
function promptOf(body: Record<string, unknown>): string {
  const messages = body.messages;
  if (Array.isArray(messages)) {
    const last = messages[messages.length - 1] as { content?: unknown } | undefined;
    if (typeof last?.content === "string") return last.content;
  }
  for (const key of ["input", "prompt"]) if (typeof body[key] === "string") return body[key] as string;
  return "";
}

/** Eight floats derived from the text: the same text always gives the same vector. */
function vectorOf(text: string): number[] {
  const vector = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let index = 0; index < text.length; index++) vector[index % 8] = ((vector[index % 8] as number) * 31 + text.charCodeAt(index)) % 1000;
  return vector.map((value) => value / 1000);
}

const CREATED = 1_700_000_000;
const usage = { prompt_tokens: 5, completion_tokens: 5, total_tokens: 10 };

/**
 * The response body of one batch line: `echo: <the last user text>` for text endpoints, a vector
 * derived from the input for embeddings, an unflagged result for moderations.
 */
export function fakeAnswer(endpoint: string, body: Record<string, unknown>, requestId: string): Record<string, unknown> {
  const model = typeof body.model === "string" ? body.model : "gpt-4o-mini";
  const text = `echo: ${promptOf(body)}`;
  switch (endpoint) {
    case "/v1/embeddings": {
      const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input ?? "")];
      const data = inputs.map((input, index) => ({ object: "embedding", index, embedding: vectorOf(input) }));
      return { object: "list", data, model, usage: { prompt_tokens: 5, total_tokens: 5 } };
    }
    case "/v1/moderations":
      return { id: `modr-${requestId}`, model, results: [{ flagged: false, categories: {}, category_scores: {} }] };
    case "/v1/completions":
      return {
        id: `cmpl-${requestId}`,
        object: "text_completion",
        created: CREATED,
        model,
        choices: [{ text, index: 0, logprobs: null, finish_reason: "stop" }],
        usage,
      };
    case "/v1/responses":
      return {
        id: `resp-${requestId}`,
        object: "response",
        created_at: CREATED,
        status: "completed",
        model,
        output: [
          { type: "message", id: `msg-${requestId}`, status: "completed", role: "assistant", content: [{ type: "output_text", text, annotations: [] }] },
        ],
        usage: { input_tokens: 5, output_tokens: 5, total_tokens: 10 },
      };
    default:
      return {
        id: `chatcmpl-${requestId}`,
        object: "chat.completion",
        created: CREATED,
        model,
        choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null }, logprobs: null, finish_reason: "stop" }],
        usage,
      };
  }
}
