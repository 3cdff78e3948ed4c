import type { StreamItem } from "../result";
import type { EventStream } from "../stream";
import type { ResponseStreamEvent } from "../types/responses";

/**
 * The text of a Responses stream as it comes: `["ok", delta]` for each `response.output_text.delta`,
 * other events skipped, and the stream's final `["error", e]` passed on (so a cut is never silent).
 *
 * @param stream The stream of `responsesCreate({ stream: true })` or `responses(id, { stream: true })`, not yet iterated.
 * @returns An async iterable of `["ok", text]` items and at most one final `["error", e]`; it never throws.
 * @example
 * const [status, stream] = await responsesCreate({ model: "gpt-4o-mini", input: "A haiku", stream: true });
 * if (status === "ok") for await (const [kind, text] of textDeltas(stream)) if (kind === "ok") process.stdout.write(text);
 */
export async function* textDeltas(stream: EventStream<ResponseStreamEvent>): AsyncGenerator<StreamItem<string>, void, undefined> {
  try {
    for await (const item of stream) {
      if (item[0] === "error") yield item;
      else if (item[1]?.type === "response.output_text.delta" && typeof item[1].delta === "string") yield ["ok", item[1].delta];
    }
  } catch {
    yield [
      "error",
      {
        kind: "argument",
        argument: "stream",
        message: "textDeltas expects the EventStream of responsesCreate({ stream: true }) or responses(id, { stream: true })",
      },
    ];
  }
}
