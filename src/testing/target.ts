/** The request target of the mock server, read exactly as sent: path, prefix and query. */

/**
 * The API prefix with one leading slash and no trailing slash (`"v1"`, `"/v1/"` → `"/v1"`; `"/"`, `""` → `""`).
 *
 * @param prefix The prefix option.
 * @returns The normalised prefix.
 * @example
 * normalisePrefix("openai/v1/"); // "/openai/v1"
 */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "" : `/${trimmed}`;
}

/**
 * The host for a URL: an IPv6 address in brackets.
 *
 * @param host A host name or address, bracketed or not.
 * @returns The host as written in a URL.
 * @example
 * urlHost("::1"); // "[::1]"
 */
export function urlHost(host: string): string {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  return bare.includes(":") ? `[${bare}]` : bare;
}

/** A request target split for recording and routing. */
export interface Target {
  /** The path after the prefix, or the whole path when the request is outside the prefix. */
  path: string;
  /** Whether the path is the prefix or starts with the prefix and a `/`. */
  inPrefix: boolean;
  query: Record<string, string | string[]>;
}

/**
 * Splits a request target (`/v1/models?limit=2`) without normalising it: `//v1` stays a path, not a host.
 *
 * @param url The request target as received.
 * @param prefix The normalised prefix.
 * @returns The path, whether it is under the prefix, and the query.
 * @example
 * splitTarget("/v10/models", "/v1"); // { path: "/v10/models", inPrefix: false, query: {} }
 */
export function splitTarget(url: string, prefix: string): Target {
  let target = url;
  if (!target.startsWith("/") && /^[a-z][a-z\d+.-]*:\/\//i.test(target)) {
    // absolute-form (as sent to a proxy): keep what follows the authority
    target = target.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, "") || "/";
  }
  const hash = target.indexOf("#");
  if (hash !== -1) target = target.slice(0, hash);
  const mark = target.indexOf("?");
  const rawPath = mark === -1 ? target : target.slice(0, mark);
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(mark === -1 ? "" : target.slice(mark + 1))) {
    const existing = query[name];
    query[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  if (prefix === "") return { path: rawPath, inPrefix: true, query };
  if (rawPath === prefix) return { path: "/", inPrefix: true, query };
  if (rawPath.startsWith(`${prefix}/`)) return { path: rawPath.slice(prefix.length), inPrefix: true, query };
  return { path: rawPath, inPrefix: false, query };
}
