/**
 * Credentials a server might echo back (the API key, and custom credential headers such as Azure's
 * `api-key`) are replaced by `[redacted]` in everything an error or a stream item carries.
 */
import type { ResolvedConfig } from "../config";

/** A pattern matching every credential of a call, or `undefined` when there is none. */
export type Secret = RegExp | undefined;

const CREDENTIAL_HEADER = /auth|key|token|secret|cookie/i;
let cachedSource = "";
let cachedPattern: RegExp | undefined;

/** The credentials of a resolved config: `apiKey` and the values of credential-like custom headers. */
export function secretOf(config: ResolvedConfig): Secret {
  const { apiKey, httpOptions: { headers } } = config;
  // Calls that share a config share its key and header objects: skip rebuilding the pattern.
  if (apiKey === lastKey && headers === lastHeaders) return lastSecret;
  lastSecret = buildSecret(apiKey, headers);
  [lastKey, lastHeaders] = [apiKey, headers];
  return lastSecret;
}

let lastKey: string | undefined;
let lastHeaders: Record<string, string> | undefined;
let lastSecret: Secret;

function buildSecret(apiKey: string | undefined, headers: Record<string, string>): Secret {
  const values: string[] = apiKey ? [apiKey] : [];
  for (const name in headers) {
    if (!CREDENTIAL_HEADER.test(name)) continue;
    const value = headers[name] as string;
    values.push(value);
    const token = value.slice(value.indexOf(" ") + 1); // "Bearer sk-…" → also the bare token
    if (token !== value) values.push(token);
  }
  const usable = values.filter((value) => value.length > 3).sort((a, b) => b.length - a.length);
  if (!usable.length) return undefined;
  const source = usable.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  // Most calls share one key: reuse the compiled pattern.
  if (source !== cachedSource) [cachedSource, cachedPattern] = [source, new RegExp(source, "g")];
  return cachedPattern;
}

/** `text` with every credential replaced by `[redacted]`. */
export function scrub(text: string, secret: Secret): string {
  return secret && text.search(secret) !== -1 ? text.replace(secret, "[redacted]") : text;
}

/** `scrub` applied to every header value, in place (a server may echo the key in `www-authenticate`). */
export function scrubHeaders(headers: Record<string, string>, secret: Secret): Record<string, string> {
  if (secret) for (const name in headers) headers[name] = scrub(headers[name] as string, secret);
  return headers;
}
