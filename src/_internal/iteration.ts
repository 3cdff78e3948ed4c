/** Small async-iteration pieces shared by the stream objects. */
import type { StreamItem } from "../result";

/** The final step of every finished iterator. */
export const FINISHED: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/** An iterator yielding one item. */
export function once<T>(item: StreamItem<T>): AsyncIterator<StreamItem<T>, undefined> {
  let sent = false;
  return {
    next: async () => (sent ? FINISHED : ((sent = true), { value: item, done: false })),
    return: async () => FINISHED,
  };
}
