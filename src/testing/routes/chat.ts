import chatCompletion from "../../../fixtures/chat_completion.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { followRequest } from "./chatTools";
import { unknownModel } from "./util";

/** The number of choices asked for with `n` (1 to 128; 1 when absent or not a number). */
function choiceCount(request: RecordedRequest): number {
  const n = (request.json as { n?: unknown } | undefined)?.n;
  return typeof n === "number" && Number.isInteger(n) ? Math.min(Math.max(n, 1), 128) : 1;
}

/**
 * The chat fixture with `n` choices (index 0..n-1), as many as the request asked for; JSON matching
 * a `json_schema` response format, or a tool call when `tool_choice` forces one (see chatTools.ts).
 */
function chatReply(request: RecordedRequest): MockReply {
  const [fixture] = chatCompletion.choices;
  const choice = { ...fixture, ...followRequest(request) };
  const choices = Array.from({ length: choiceCount(request) }, (_, index) => ({ ...choice, index }));
  return { body: { ...chatCompletion, choices } };
}

/**
 * The chat fixture as an SSE stream, one event per chunk write: the role in the first delta, the
 * content word by word, `finish_reason` in the last delta (each step once per choice when `n` > 1),
 * a usage chunk when `stream_options.include_usage` is set, then `data: [DONE]`.
 */
export function chatStreamReply(request: RecordedRequest): MockReply {
  const body = request.json as { stream_options?: { include_usage?: boolean } | null };
  const withUsage = body.stream_options?.include_usage === true;
  const indexes = Array.from({ length: choiceCount(request) }, (_, index) => index);
  const { id, created, model } = chatCompletion;
  const [choice] = chatCompletion.choices;
  const chunk = (index: number, delta: Record<string, unknown>, finish: string | null): Record<string, unknown> => ({
    id,
    object: "chat.completion.chunk",
    created,
    model,
    choices: [{ index, delta, finish_reason: finish }],
    ...(withUsage ? { usage: null } : {}),
  });
  const words = (choice?.message.content ?? "").match(/\s*\S+/g) ?? [];
  const steps: Array<[Record<string, unknown>, string | null]> = [
    [{ role: "assistant", content: "" }, null],
    ...words.map((word): [Record<string, unknown>, null] => [{ content: word }, null]),
    [{}, choice?.finish_reason ?? "stop"],
  ];
  const chunks = steps.flatMap(([delta, finish]) => indexes.map((index) => chunk(index, delta, finish)));
  if (withUsage) chunks.push({ id, object: "chat.completion.chunk", created, model, choices: [], usage: chatCompletion.usage });
  return { sse: [...chunks.map((data) => `data: ${JSON.stringify(data)}\n\n`), "data: [DONE]\n\n"] };
}

export const chatRoutes: Record<string, MockHandler> = {
  "POST /chat/completions": (request) =>
    unknownModel(request) ?? ((request.json as { stream?: unknown } | undefined)?.stream === true ? chatStreamReply(request) : chatReply(request)),
};
