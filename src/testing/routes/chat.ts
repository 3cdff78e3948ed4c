import chatCompletion from "../../../fixtures/chat_completion.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { unknownModel } from "./util";

/**
 * The chat fixture as an SSE stream, one event per chunk write: the role in the first delta, the
 * content word by word, `finish_reason` in the last delta, a usage chunk when
 * `stream_options.include_usage` is set, then `data: [DONE]`.
 */
export function chatStreamReply(request: RecordedRequest): MockReply {
  const body = request.json as { stream_options?: { include_usage?: boolean } | null };
  const withUsage = body.stream_options?.include_usage === true;
  const { id, created, model } = chatCompletion;
  const [choice] = chatCompletion.choices;
  const chunk = (delta: Record<string, unknown>, finish: string | null): Record<string, unknown> => ({
    id,
    object: "chat.completion.chunk",
    created,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
    ...(withUsage ? { usage: null } : {}),
  });
  const words = (choice?.message.content ?? "").match(/\s*\S+/g) ?? [];
  const chunks = [chunk({ role: "assistant", content: "" }, null), ...words.map((word) => chunk({ content: word }, null)), chunk({}, choice?.finish_reason ?? "stop")];
  if (withUsage) chunks.push({ id, object: "chat.completion.chunk", created, model, choices: [], usage: chatCompletion.usage });
  return { sse: [...chunks.map((data) => `data: ${JSON.stringify(data)}\n\n`), "data: [DONE]\n\n"] };
}

export const chatRoutes: Record<string, MockHandler> = {
  "POST /chat/completions": (request) =>
    unknownModel(request) ?? ((request.json as { stream?: unknown } | undefined)?.stream === true ? chatStreamReply(request) : { body: chatCompletion }),
};
