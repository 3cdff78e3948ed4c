/**
 * The `EventStream` object: reads the body of a 2xx streaming response chunk by chunk, turns its
 * events into `["ok", item]` tuples and ends with at most one `["error", e]`. It never throws and
 * never hangs, and it releases the connection and the caller's signal however it ends (the steps
 * are in streamReading.ts).
 */
import { argumentError } from "../errors";
import type { StreamItem } from "../result";
import type { EventStream } from "../stream";
import { FINISHED, once } from "./iteration";
import type { StreamSource } from "./request";
import { toSseStream, type ParserFactory, type StreamMode } from "./sse";
import { finish, next, open } from "./streamReading";

/** Wraps a streaming response; `mode` says whether items are the data (`data`) or `{ event, data }` (`named`). */
export function createEventStream<T>(source: StreamSource, mode: StreamMode, createParser: ParserFactory): EventStream<T> {
  const state = open<T>(source, mode, createParser);
  let started = false;
  const iterator: AsyncIterator<StreamItem<T>, undefined> = {
    next: () => next(state),
    return: () => {
      finish(state);
      return Promise.resolve(FINISHED);
    },
  };
  const stream: EventStream<T> = {
    meta: source.meta,
    [Symbol.asyncIterator]() {
      if (started)
        return once<T>(["error", argumentError("stream", `The stream of ${source.what} was already iterated; an EventStream can be read only once`)]);
      started = true;
      return iterator;
    },
    abort: () => finish(state),
    toReadableStream: () => toSseStream(stream[Symbol.asyncIterator](), mode),
  };
  return stream;
}
