/**
 * Redirects: followed only to the same origin (fetch drops `Authorization` on another origin but
 * would forward `api-key` and other custom headers), and never for an upload.
 */
import type { OpenAIError } from "../errors";

/** The absolute target of a `location` header when it stays on the origin of `from`, else `undefined`. */
export function sameOrigin(from: string, location: string | null): string | undefined {
  if (!location || !URL.canParse(location, from)) return undefined; // (an unparsable `from` fails here too)
  const target = new URL(location, from);
  return target.origin === new URL(from).origin ? target.href : undefined;
}

/**
 * Uploads are sent with `redirect: "error"` (see transport.ts), so a 3xx answer surfaces as a fetch
 * failure. Retrying would only get the same redirect: such a failure is final.
 */
export function isRedirectRefusal(failure: OpenAIError): boolean {
  // Stryker disable next-line ConditionalExpression: only network errors have a cause (`undefined` never matches)
  return failure.kind === "network" && /redirect/i.test(failure.cause);
}

/** Where an attempt is sent: starts as the prepared request, changed by each redirect followed. */
export interface Route {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | FormData;
  /** Redirects followed so far, across attempts. */
  redirects: number;
}

const MAX_REDIRECTS = 5;

/**
 * Follows a 3xx to the same origin by updating `route` (a 303 turns into a body-less GET), after
 * releasing the redirect's body; `false` when it is not followed (another origin, an upload, too many).
 *
 * @example
 * if (await followRedirect(route, response)) continue; // send again on the new route
 */
export async function followRedirect(route: Route, response: Response): Promise<boolean> {
  const { status } = response;
  if (status < 300 || status > 399 || route.redirects >= MAX_REDIRECTS || route.body instanceof FormData) return false;
  const next = sameOrigin(route.url, response.headers.get("location"));
  if (!next) return false;
  await response.body?.cancel().catch(() => undefined);
  route.redirects++;
  route.url = next;
  if (status === 303) {
    // "See Other": fetch the result with a GET, which carries no body and so no Content-Type.
    const { "content-type": _json, ...rest } = route.headers;
    Object.assign(route, { method: "GET", body: undefined, headers: rest });
  }
  return true;
}
