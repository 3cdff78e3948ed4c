/** `scriptedChat`: a mock handler that plays a conversation turn by turn (tool calls, then an answer). */
import chatCompletion from "../../fixtures/chat_completion.json";
import { errorReply } from "./routes/util";
import type { MockHandler, MockReply } from "./types";

/** A tool call the scripted model makes; `arguments` may be an object (sent as JSON) or the exact text. */
export interface ScriptedToolCall {
  name: string;
  arguments: string | Record<string, unknown>;
  /** Default `call_<turn>_<index>` (turns and indexes from 1 and 0). */
  id?: string;
}

/**
 * One answer of the scripted model: plain text, a message (`content`, `refusal`, `tool_calls`,
 * `finish_reason`), or `{ reply }` to answer with any `MockReply` (an error, a delay...).
 */
export type ScriptedTurn =
  string | { content?: string | null; refusal?: string; tool_calls?: ScriptedToolCall[]; finish_reason?: string } | { reply: MockReply };

/**
 * A handler for `POST /chat/completions` that answers each request with the next turn of `turns`,
 * in order, as a chat completion (tool calls get `finish_reason: "tool_calls"`). Past the last turn
 * it answers 400, naming the request it did not expect. The requests themselves are recorded by the
 * server as usual (`server.requests`), so a test can assert the whole conversation it was sent.
 *
 * @param turns The model's answers, in order.
 * @returns The handler, for `server.on("POST /chat/completions", ...)` or `startMockServer({ routes })`.
 * @example
 * server.on("POST /chat/completions", scriptedChat([
 *   { tool_calls: [{ name: "get_weather", arguments: { city: "Paris" } }] },
 *   "It is 21 °C in Paris.",
 * ]));
 */
export function scriptedChat(turns: readonly ScriptedTurn[]): MockHandler {
  let next = 0;
  return (request) => {
    const turn = turns[next];
    next += 1;
    if (turn === undefined) return errorReply(400, `scriptedChat: request ${next} was not expected, the script has ${turns.length} turn(s)`);
    if (typeof turn === "object" && "reply" in turn) return turn.reply;
    const model = (request.json as { model?: unknown } | undefined)?.model;
    const message = typeof turn === "string" ? { content: turn } : turn;
    const tool_calls = message.tool_calls?.map((call, index) => ({
      id: call.id ?? `call_${next}_${index}`,
      type: "function",
      function: { name: call.name, arguments: typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments) },
    }));
    const finish_reason = message.finish_reason ?? (tool_calls?.length ? "tool_calls" : "stop");
    const body = {
      ...chatCompletion,
      id: `chatcmpl-script-${next}`,
      model: typeof model === "string" ? model : chatCompletion.model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: message.content ?? null, refusal: message.refusal ?? null, ...(tool_calls ? { tool_calls } : {}) },
          finish_reason,
        },
      ],
    };
    return { body };
  };
}
