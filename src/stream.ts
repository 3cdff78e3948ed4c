/** The public shape of server-sent-event streams (`stream: true`). */
import type { StreamItem } from "./result";

/**
 * A stream of server-sent events: iterate it for `["ok", item]` tuples, and at most one final
 * `["error", e]` when it breaks. It never throws and never hangs.
 *
 * @example
 * const [status, stream] = await chatCompletion({ model, messages, stream: true });
 * if (status === "ok") {
 *   for await (const [kind, chunk] of stream) {
 *     if (kind === "error") console.error(chunk.message);
 *     else process.stdout.write(chunk.choices[0]?.delta.content ?? "");
 *   }
 * }
 */
export interface EventStream<T> extends AsyncIterable<StreamItem<T>> {
  /** Stops reading and releases the connection. */
  abort(): void;
  /** Re-emits the events as SSE bytes, e.g. to pipe to a browser. */
  toReadableStream(): ReadableStream<Uint8Array>;
}

/**
 * An SSE event whose name matters (the assistants family): `{ event: "thread.message.delta", data }`.
 *
 * @example
 * for await (const [kind, item] of runStream) if (kind === "ok" && item.event === "thread.run.completed") break;
 */
export interface NamedEvent<E extends string = string, D = unknown> {
  event: E;
  data: D;
}
