/**
 * Query strings as the API reads them: arrays with brackets (`include[]=a&include[]=b`), objects as
 * `name[key]=value` (e.g. `metadata[team]=ml`), absent values left out. Built here rather than by
 * ofetch, whose bare repeated names (`include=a&include=b`) the API may ignore.
 */

/** Objects nest at most this deep in a query (`a[b][c]…`); the API's own use is one level. */
const MAX_DEPTH = 8;

/**
 * Encodes a query record into a query string (no leading `?`); `""` when nothing is left.
 *
 * @param query Names to values: strings, numbers, booleans, arrays of them, or plain objects.
 * @returns The query string, names and values percent-encoded (brackets kept readable).
 * @throws RangeError when objects nest deeper than 8 levels (the caller turns it into an `argument` error).
 * @example
 * encodeQuery({ limit: 2, include: ["a.b", "c"] }); // "limit=2&include[]=a.b&include[]=c"
 * encodeQuery({ "include[]": ["x"] }); // "include[]=x" (an old caller's literal name)
 */
export function encodeQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const name in query) addPairs(pairs, name, query[name], 0);
  return pairs.join("&");
}

/**
 * Appends an encoded query to a URL that has none.
 *
 * @example
 * withQuery("https://api.openai.com/v1/files", { limit: 1 }); // "https://api.openai.com/v1/files?limit=1"
 */
export function withQuery(url: string, query: Record<string, unknown> | undefined): string {
  const encoded = query ? encodeQuery(query) : "";
  return encoded ? `${url}?${encoded}` : url;
}

function addPairs(pairs: string[], name: string, value: unknown, depth: number): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    // An old caller's "include[]" gets no second pair of brackets.
    const key = name.endsWith("[]") ? name : `${name}[]`;
    for (const item of value) if (item !== undefined && item !== null) pairs.push(`${encodeName(key)}=${encodeValue(item)}`);
  } else if (typeof value === "object" && !(value instanceof Date)) {
    if (depth >= MAX_DEPTH) throw new RangeError(`${name} nests objects deeper than ${MAX_DEPTH} levels`);
    for (const key in value) addPairs(pairs, `${name}[${key}]`, (value as Record<string, unknown>)[key], depth + 1);
  } else {
    pairs.push(`${encodeName(name)}=${encodeValue(value)}`);
  }
}

function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%5B/g, "[").replace(/%5D/g, "]");
}

function encodeValue(value: unknown): string {
  return encodeURIComponent(value instanceof Date ? value.toISOString() : String(value));
}
