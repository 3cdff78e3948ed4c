import type { Result, StreamItem } from "../result";
import { walkPages } from "./walkPages";

/** Any function returning a `Result` (the list functions of the catalogue among them). */
type AnyResultFn = (...args: never[]) => Promise<Result<unknown>>;

/** The call signatures of `F` (the last two of an overloaded function) as `[args, page]` pairs. */
type Signatures<F> = F extends { (...args: infer A1): Promise<Result<infer P1>>; (...args: infer A2): Promise<Result<infer P2>> }
  ? [A1, P1] | [A2, P2]
  : F extends (...args: infer A) => Promise<Result<infer P>>
    ? [A, P]
    : never;

/** The signatures of `F` that return a list page (`fineTuningJobs(params?)`, not `fineTuningJobs(jobId)`). */
// Pages cursored by a `next_page` token (vector store search and file content) cannot be walked with `after`.
type ListSignature<F> = Exclude<Extract<Signatures<F>, [unknown[], { data: unknown[] }]>, [unknown[], { next_page: unknown }]>;

/** Rejects, at compile time, a function without a list form (e.g. `responsesDelete`). */
type Listable<F> = [ListSignature<F>] extends [never] ? { "paginate needs a function that returns a list page": never } : unknown;

/** The arguments `paginate` passes on to `F`'s list form. */
export type PaginateArgs<F> = ListSignature<F> extends [infer A extends unknown[], unknown] ? A : never;

/** The item type of `F`'s list pages. */
export type PageItem<F> = ListSignature<F> extends [unknown, { data: Array<infer I> }] ? I : never;

/**
 * Walks every page of a cursor-paginated list function, yielding each item as `["ok", item]`.
 *
 * @param listFn Any list function, e.g. `fineTuningJobs`, `batches`, `fineTuningJobsEvents`, `responsesInputItems`, `threadMessages`.
 * @param args Its arguments as for one call (ids, params, config); `after` is set in the params for each next page.
 * @returns An async iterable of `["ok", item]`, ending with one `["error", e]` if a page fails, or a `parse`
 *   error if `has_more` is true but the cursor does not advance. It fetches the next page only when you
 *   pull past the current one, and never throws.
 * @example
 * for await (const [status, job] of paginate(fineTuningJobs, { limit: 100 })) {
 *   if (status === "error") { console.error(job.message); break; }
 *   console.log(job.id, job.status);
 * }
 * for await (const [, item] of paginate(responsesInputItems, "resp_abc123", {}, { apiKey })) console.log(item);
 * @see https://platform.openai.com/docs/api-reference/pagination
 */
export function paginate<F extends AnyResultFn>(listFn: F & Listable<F>, ...args: PaginateArgs<F>): AsyncIterable<StreamItem<PageItem<F>>> {
  const captured: readonly unknown[] = [...(args as unknown[])];
  return {
    [Symbol.asyncIterator]: () => walkPages(listFn, captured) as AsyncIterator<StreamItem<PageItem<F>>>,
  };
}
