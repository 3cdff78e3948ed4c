/**
 * Query params in the bracket form list filters take (`metadata: { team: "a" }` → `metadata[team]=a`).
 * Only the functions that send such filters import this, so the common call does not carry it.
 */
import { isPlainObject } from "./args";

/**
 * The params with plain-object values spread into bracket keys; anything else (not a plain object,
 * a hostile proxy) is returned as it is, for the usual argument checks to judge.
 *
 * @example
 * bracketParams({ limit: 2, metadata: { team: "a" } }); // { limit: 2, "metadata[team]": "a" }
 */
export function bracketParams<T>(params: T): T {
  try {
    return isPlainObject(params) ? (bracketQuery(params) as T) : params;
  } catch {
    return params;
  }
}

/** Spreads plain-object values into bracket keys, nested ones too (`a: { b: { c: 1 } }` → `a[b][c]=1`). */
function bracketQuery(query: Record<string, unknown>): Record<string, unknown> {
  let flat: Record<string, unknown> | undefined;
  for (const key in query) {
    const value = query[key];
    if (typeof value !== "object" || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) continue;
    flat ??= { ...query };
    delete flat[key];
    for (const [inner, innerValue] of Object.entries(bracketQuery(value as Record<string, unknown>))) {
      const cut = inner.indexOf("[");
      flat[cut < 0 ? `${key}[${inner}]` : `${key}[${inner.slice(0, cut)}]${inner.slice(cut)}`] = innerValue;
    }
  }
  return flat ?? query;
}
