/**
 * Reading a stream, step by step, each a function of the stream's `Reading` state: `open` wires the
 * parser and the signal, `fill` reads chunks until an item is queued, `take` hands out the next one,
 * `next` orders concurrent pulls and turns our signal's stop (idle timeout, the caller's signal) into
 * the final error, `finish` is the consumer saying "enough" (`abort()`, `break`), and `release` is
 * the one way the connection and the signal are let go.
 */
import type { StreamItem } from "../result";
import { attemptFailure, stopFailure } from "./failure";
import { FINISHED } from "./iteration";
import type { StreamSource } from "./request";
import { interpret, notAStream, sseDecoder, type ParserFactory, type StreamContext, type StreamMode } from "./sse";

export type Step<T> = IteratorResult<StreamItem<T>, undefined>;

/** Everything one stream knows while it is read. */
export interface Reading<T> {
  readonly source: StreamSource;
  readonly context: StreamContext;
  /** Items parsed but not yet taken; `head` is the next one. */
  queue: StreamItem<T>[];
  head: number;
  /** No further item will be produced. */
  ended: boolean;
  released: boolean;
  reader?: ReadableStreamDefaultReader<Uint8Array>;
  /** The pull in progress; a concurrent `next()` waits for it. */
  busy?: Promise<Step<T>>;
  feed(bytes: Uint8Array): void;
  /** Our controller fired (idle timeout, the caller's signal): release at once, even under a custom fetch that ignores the signal. */
  onStop(): void;
}

const noop = () => undefined;

/**
 * The state of a new stream: its parser wired to the queue, its signal watched, its idle timer running.
 *
 * @example
 * const state = open<ChatCompletionChunk>(source, "data", createParser); // then next(state) per pull
 */
export function open<T>(source: StreamSource, mode: StreamMode, createParser: ParserFactory): Reading<T> {
  const { meta, what, secret, signal, idleTimeout } = source;
  const state: Reading<T> = {
    source,
    context: { meta, what, secret },
    queue: [],
    head: 0,
    ended: false,
    released: false,
    feed: sseDecoder(createParser, (message) => {
      if (state.ended) return; // events after [DONE], an error or the consumer's stop are ignored
      if (message.data === "" && message.event !== "error") return; // a keep-alive with no data carries nothing
      const item = interpret(message, mode, state.context);
      if (item === undefined) state.ended = true;
      else push(state, item as StreamItem<T>);
    }),
    onStop: () => release(state),
  };
  signal.signal.addEventListener("abort", state.onStop); // removed by release()
  // A stream nobody reads is released after the idle timeout too.
  signal.restartTimer(idleTimeout);
  return state;
}

function push<T>(state: Reading<T>, item: StreamItem<T>): void {
  state.queue.push(item);
  if (item[0] === "error") state.ended = true;
}

/** The idle timeout or the caller's abort, once our signal has fired. */
function stopped<T>({ source }: Reading<T>) {
  return stopFailure(source.signal, source.idleTimeout, source.what, "stream");
}

/**
 * Next pull: waits for one in progress, ends with the stop error if our signal fired, else reads on.
 *
 * @example
 * const iterator = { next: () => next(state), return: async () => (finish(state), FINISHED) };
 */
export function next<T>(state: Reading<T>): Promise<Step<T>> {
  // Stryker disable next-line ConditionalExpression: the reader queues concurrent reads, so no test tells; the gate keeps each pull's stop check in order
  if (state.busy) return state.busy.then(() => next(state));
  const stop = state.ended ? undefined : stopped(state);
  if (stop) {
    // Aborted by the caller's signal or timed out: items already read but not yet taken are dropped.
    drop(state);
    push(state, ["error", stop]);
    release(state);
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; fill() reads nothing when an item is queued or the stream has ended
  if (state.head < state.queue.length || state.ended) return Promise.resolve(take(state));
  const step = fill(state).then(() => take(state));
  state.busy = step.finally(() => {
    state.busy = undefined;
  });
  return step;
}

/** Reads chunks until an item is queued or the stream has ended. */
async function fill<T>(state: Reading<T>): Promise<void> {
  const { response, signal, idleTimeout, meta } = state.source;
  try {
    if (!response.body) state.ended = true;
    // (no content type: `test(undefined)` tests "undefined", which is not JSON)
    else if (!state.reader && /json/i.test(meta.headers["content-type"] as string)) {
      // A server that ignored `stream: true` and answered JSON: say so instead of yielding nothing.
      signal.restartTimer(idleTimeout);
      push(state, ["error", notAStream(await response.text(), state.context)]);
    } else state.reader ??= response.body.getReader();
    // next() checked our signal just before: from here each read is followed by that check.
    while (!state.ended && state.head === state.queue.length) {
      signal.restartTimer(idleTimeout);
      const chunk = await (state.reader as ReadableStreamDefaultReader<Uint8Array>).read();
      signal.clearTimeout();
      const after = stopped(state);
      if (after && !state.ended) push(state, ["error", after]);
      else if (chunk.done) state.ended = true;
      else state.feed(chunk.value);
    }
  } catch (cause) {
    // Stryker disable next-line ConditionalExpression: finish() during a read cancels the reader, which ends the read (done), never rejects it
    if (!state.ended) push(state, ["error", attemptFailure(signal, state.source, idleTimeout, cause, "stream")]);
  }
  if (state.ended) release(state);
}

/** The next queued item, or the end (which releases). */
function take<T>(state: Reading<T>): Step<T> {
  const { queue } = state;
  if (state.head < queue.length) {
    const value = queue[state.head] as StreamItem<T>;
    queue[state.head++] = undefined as never; // let the item be collected
    // Stryker disable next-line ConditionalExpression: memory only; a drained queue is emptied
    if (state.head === queue.length) queue.length = state.head = 0;
    return { value, done: false };
  }
  release(state);
  return FINISHED;
}

/**
 * The consumer says "enough" (`abort()`, or `break` / `return()`): the iteration ends at once, with
 * no further item (nothing buffered, no error), and the connection is released.
 *
 * @example
 * abort: () => finish(state),
 */
export function finish<T>(state: Reading<T>): void {
  // Stryker disable next-line BooleanLiteral: release() cancels the reader, so the next read ends the stream anyway
  state.ended = true;
  drop(state);
  release(state);
}

function drop<T>(state: Reading<T>): void {
  state.queue.length = state.head = 0;
}

/** Lets go of the connection (a pending read ends) and of the caller's signal; runs once. */
function release<T>(state: Reading<T>): void {
  // Stryker disable next-line ConditionalExpression: each step below is safe to repeat; the flag only saves the repeat
  if (state.released) return;
  // Stryker disable next-line BooleanLiteral: as above
  state.released = true;
  const { signal, response } = state.source;
  // Stryker disable next-line StringLiteral: a listener left on the attempt's own signal goes with it
  signal.signal.removeEventListener("abort", state.onStop);
  signal.dispose();
  (state.reader ? state.reader.cancel() : response.body?.cancel())?.catch(noop);
}
