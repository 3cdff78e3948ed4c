/** The public shape of server-sent-event streams (`stream: true`). */
import type { ResponseMeta, StreamItem } from "./result";

/**
 * A stream of server-sent events: iterate it for `["ok", item]` tuples, and at most one final
 * `["error", e]` when it breaks (network, idle timeout, abort, malformed or error event). It never
 * throws and never hangs. It can be iterated once; breaking out of `for await` releases the
 * connection. A stream nobody starts reading is released after `httpOptions.streamIdleTimeout`.
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
  /** The status and headers of the streaming response (the same `meta` as the call's result). */
  readonly meta: ResponseMeta;
  /**
   * The consumer's "enough": the iteration ends at once (`done`, with no further item, nothing
   * buffered and no error item) and the connection is released. An abort from the caller's
   * `httpOptions.signal` instead ends the iteration with an `aborted` error item.
   */
  abort(): void;
  /**
   * Re-emits the events as SSE bytes, e.g. to pipe to a browser: `data:` frames (with `event:` for
   * named events), an `event: error` frame for a final error, then `[DONE]`. It reads the stream,
   * so the stream cannot also be iterated. Cancelling it releases the connection.
   */
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
