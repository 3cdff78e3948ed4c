/**
 * Credentials a server might echo back (the API key, and custom credential headers such as Azure's
 * `api-key`) are replaced by `[redacted]` in everything an error or a stream item carries.
 */
import type { ResolvedConfig } from "../config";

/** A pattern matching every credential of a call, or `undefined` when there is none. */
export type Secret = RegExp | undefined;

const CREDENTIAL_HEADER = /auth|key|token|secret|cookie/i;

/**
 * The one memo of the request path: a resolved config's credential pattern (building the RegExp is
 * most of what a config costs to prepare). Calls without a per-call config share one resolved
 * config object, so they build it once; a per-call config resolves to a new object and builds its own.
 */
const secrets = new WeakMap<ResolvedConfig, { secret: Secret }>();

/** The credentials of a resolved config: `apiKey` and the values of credential-like custom headers. */
export function secretOf(config: ResolvedConfig): Secret {
  let known = secrets.get(config);
  if (!known) secrets.set(config, (known = { secret: buildSecret(config.apiKey, config.httpOptions.headers) }));
  return known.secret;
}

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
  return new RegExp(usable.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
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
