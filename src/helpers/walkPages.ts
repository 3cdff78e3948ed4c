/**
 * Auto-pagination: walks the pages of a cursor-paginated list function lazily, one page per pull
 * past the end of the current one.
 */
import { argumentError, parseError, type OpenAIError, type ParseError } from "../errors";
import type { Result, StreamItem } from "../result";
import { isPlainObject } from "../_internal/args";
import { CONFIG_KEYS } from "../config/validate";

/** The shape of a list page this walker understands. */
interface PageLike {
  data?: unknown;
  has_more?: unknown;
  last_id?: unknown;
}

type AnyListFn = (...args: unknown[]) => Promise<Result<unknown>>;

/**
 * `args` with `{ after }` in the params slot: the position right after the leading string ids.
 * A params object there gets `after` added; an `undefined` there is replaced; anything else there
 * (a config, or nothing) moves right to make room. Only the slot counts: an empty config `{}` later
 * on is not mistaken for params.
 */
function withCursor(args: readonly unknown[], after: string): unknown[] {
  const copy = [...args];
  let slot = 0;
  while (slot < copy.length && typeof copy[slot] === "string") slot++;
  const current = copy[slot];
  if (isPlainObject(current) && !Object.keys(current).some((key) => CONFIG_KEYS.has(key))) copy[slot] = { ...current, after };
  else if (slot < copy.length && current === undefined) copy[slot] = { after };
  else copy.splice(slot, 0, { after });
  return copy;
}

/** Yields `["ok", item]` for every item of every page, then at most one `["error", e]`. */
export async function* walkPages(listFn: unknown, args: readonly unknown[]): AsyncGenerator<StreamItem<unknown>, void, undefined> {
  if (typeof listFn !== "function") {
    yield ["error", argumentError("listFn", `listFn must be a list function such as fineTuningJobs, got ${listFn === null ? "null" : typeof listFn}`)];
    return;
  }
  let callArgs: readonly unknown[] = args;
  let cursor: string | undefined;
  for (;;) {
    let result: Result<unknown>;
    try {
      result = await (listFn as AnyListFn)(...callArgs);
    } catch (cause) {
      // Public functions never throw; a user-supplied one might.
      yield ["error", argumentError("listFn", `listFn threw: ${cause instanceof Error ? cause.message : String(cause)}`)];
      return;
    }
    if (!Array.isArray(result) || (result[0] !== "ok" && result[0] !== "error")) {
      yield ["error", notAPage(result, "listFn did not return a result tuple")];
      return;
    }
    if (result[0] === "error") {
      yield ["error", result[1] as OpenAIError];
      return;
    }
    const page = result[1] as PageLike;
    if (!page || !Array.isArray(page.data)) {
      yield ["error", notAPage(page, "the page has no data array")];
      return;
    }
    for (const item of page.data) yield ["ok", item];
    if (page.has_more !== true) return;
    const next = nextCursor(page);
    if (next === undefined || next === cursor) {
      yield ["error", notAPage(page, `has_more is true but the cursor did not advance (${next === undefined ? "no last id" : `still ${next}`})`)];
      return;
    }
    cursor = next;
    callArgs = withCursor(args, next);
  }
}

/** The `after` of the next page: `last_id`, else the id of the last item. */
function nextCursor(page: PageLike): string | undefined {
  if (typeof page.last_id === "string" && page.last_id.length > 0) return page.last_id;
  const data = page.data as unknown[];
  const last = data[data.length - 1] as { id?: unknown } | undefined;
  return typeof last?.id === "string" && last.id.length > 0 ? last.id : undefined;
}

function notAPage(value: unknown, why: string): ParseError {
  let body: string;
  try {
    body = JSON.stringify(value) ?? String(value);
  } catch {
    body = String(value);
  }
  return parseError(body, "paginate", `paginate stopped: ${why}`);
}
