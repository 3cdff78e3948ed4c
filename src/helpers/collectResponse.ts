import { err, type Result } from "../result";
import { parseError } from "../errors";
import type { EventStream } from "../stream";
import type { ResponseObject, ResponseOutputItem, ResponseStreamEvent } from "../types/responses";
import { foldStream } from "./fold";

const FINAL = new Set(["response.completed", "response.failed", "response.incomplete"]);

/**
 * Reads a Responses stream to its end and returns the final `Response`, with `output_text` (the joined
 * text of its messages) computed, like `collectChatCompletion` does for chat. The response comes from
 * the last lifecycle event (`response.completed`, `.failed`, `.incomplete`); items finished by
 * `response.output_item.done` fill `output` when that event's is empty.
 *
 * @param stream The stream of `responsesCreate({ stream: true })` or `responses(id, { stream: true })`, not yet iterated.
 * @returns `["ok", ResponseObject, meta]`, the stream's final `["error", e]`, or a `parse` error when the
 *   stream carried no response at all.
 * @example
 * const [status, stream] = await responsesCreate({ model: "gpt-4o-mini", input: "Hi", stream: true });
 * if (status === "ok") {
 *   const [, response] = await collectResponse(stream);
 *   console.log(response?.output_text);
 * }
 */
export async function collectResponse(stream: EventStream<ResponseStreamEvent>): Promise<Result<ResponseObject>> {
  let response: ResponseObject | undefined;
  let final = false;
  const items: ResponseOutputItem[] = [];
  const fold = (event: ResponseStreamEvent) => {
    if ("response" in event && event.response && (!final || FINAL.has(event.type))) {
      response = event.response;
      final = FINAL.has(event.type);
    }
    if (event.type === "response.output_item.done") items[event.output_index] = event.item;
  };
  const result = await foldStream(stream, "responsesCreate", fold, () => response);
  if (result[0] === "error") return result;
  if (!response)
    return err(
      parseError(
        "",
        "the response stream",
        "The response stream ended without a response event; resume it with responses(id, { stream: true, starting_after })",
      ),
    );
  const output = response.output?.length ? response.output : items.filter(Boolean);
  return ["ok", { ...response, output, output_text: outputText(output) }, result[2]] as const;
}

function outputText(output: ResponseOutputItem[]): string {
  let text = "";
  for (const item of output) {
    if (item.type !== "message" || !Array.isArray(item.content)) continue;
    for (const part of item.content) if (part.type === "output_text" && typeof part.text === "string") text += part.text;
  }
  return text;
}
