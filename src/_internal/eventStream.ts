/**
 * The `EventStream` object: reads the body of a 2xx streaming response chunk by chunk, turns its
 * events into `["ok", item]` tuples and ends with at most one `["error", e]`. It never throws and
 * never hangs, and it releases the connection and the caller's signal however it ends.
 */
import { argumentError, networkError, type OpenAIError } from "../errors";
import type { StreamItem } from "../result";
import type { EventStream } from "../stream";
import type { StreamSource } from "./request";
import { scrub } from "./secrets";
import { stopError } from "./signal";
import { FINISHED, once } from "./iteration";
import { interpret, notAStream, sseDecoder, toSseStream, type ParserFactory, type StreamContext, type StreamMode } from "./sse";

type Step<T> = IteratorResult<StreamItem<T>, undefined>;

const noop = () => undefined;

/** Wraps a streaming response; `mode` says whether items are the data (`data`) or `{ event, data }` (`named`). */
export function createEventStream<T>(source: StreamSource, mode: StreamMode, createParser: ParserFactory): EventStream<T> {
  const { response, signal, meta, idleTimeout, what, secret } = source;
  const context: StreamContext = { meta, what, secret };
  const queue: StreamItem<T>[] = [];
  let head = 0;
  let ended = false; // no further item will be produced
  let released = false;
  let started = false;
  let busy: Promise<Step<T>> | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;

  const push = (item: StreamItem<T>) => {
    queue.push(item);
    if (item[0] === "error") ended = true;
  };
  const feed = sseDecoder(createParser, (message) => {
    if (ended) return; // events after [DONE] or an error are ignored
    if (message.data === "" && message.event !== "error") return; // a keep-alive with no data carries nothing
    const item = interpret(message, mode, context);
    if (item === undefined) ended = true;
    else push(item as StreamItem<T>);
  });
  const release = () => {
    if (released) return;
    released = true;
    signal.signal.removeEventListener("abort", onStop);
    signal.dispose();
    (reader ? reader.cancel() : response.body?.cancel())?.catch(noop);
  };
  // Our own controller fired (idle timeout, caller's signal, abort()): unblock any pending read
  // even if a custom fetch ignores the signal, and drop the listener on the caller's signal now.
  const onStop = () => {
    signal.dispose();
    (reader ? reader.cancel() : response.body?.cancel())?.catch(noop);
  };
  signal.signal.addEventListener("abort", onStop, { once: true });
  // A stream nobody reads is released after the idle timeout too.
  signal.restartTimer(idleTimeout);

  const stopped = (): OpenAIError | undefined => stopError(signal, idleTimeout, what, `${what} (stream idle)`);

  /** Reads chunks until an item is queued or the stream has ended. */
  async function fill(): Promise<void> {
    try {
      if (!response.body) ended = true;
      else if (!reader && /json/i.test(meta.headers["content-type"] ?? "")) {
        // A server that ignored `stream: true` and answered JSON: say so instead of yielding nothing.
        signal.restartTimer(idleTimeout);
        push(["error", notAStream(await response.text(), context)]);
      } else reader ??= response.body.getReader();
      while (!ended && head === queue.length) {
        const before = stopped();
        if (before) push(["error", before]);
        else {
          signal.restartTimer(idleTimeout);
          const chunk = await (reader as ReadableStreamDefaultReader<Uint8Array>).read();
          signal.clearTimeout();
          const after = stopped();
          if (after) push(["error", after]);
          else if (chunk.done) ended = true;
          else feed(chunk.value);
        }
      }
    } catch (cause) {
      if (!ended) push(["error", stopped() ?? brokenError(cause)]);
    }
    if (ended) release();
  }

  const brokenError = (cause: unknown): OpenAIError => {
    const error = networkError(cause, `${what} (reading the stream)`);
    error.message = scrub(error.message, secret);
    return error;
  };

  const take = (): Step<T> => {
    if (head < queue.length) {
      const value = queue[head] as StreamItem<T>;
      queue[head++] = undefined as never; // let the item be collected
      if (head === queue.length) queue.length = head = 0;
      return { value, done: false };
    }
    release();
    return FINISHED;
  };

  const next = (): Promise<Step<T>> => {
    if (busy) return busy.then(next);
    const stop = ended ? undefined : stopped();
    if (stop) {
      // Aborted or timed out: items already read but not yet taken are dropped.
      queue.length = head = 0;
      push(["error", stop]);
      release();
    }
    if (head < queue.length || ended) return Promise.resolve(take());
    const step = fill().then(take);
    busy = step.finally(() => {
      busy = undefined;
    });
    return step;
  };

  const iterator: AsyncIterator<StreamItem<T>, undefined> = {
    next,
    return: () => {
      ended = true;
      queue.length = head = 0;
      release();
      return Promise.resolve(FINISHED);
    },
  };

  const stream: EventStream<T> = {
    meta,
    [Symbol.asyncIterator]() {
      if (!started) {
        started = true;
        return iterator;
      }
      return once<T>(["error", argumentError("stream", `The stream of ${what} was already iterated; an EventStream can be read only once`)]);
    },
    abort: () => {
      if (!released) signal.abort();
    },
    toReadableStream: () => toSseStream(stream[Symbol.asyncIterator](), mode),
  };
  return stream;
}
