/**
 * Redirects: followed only to the same origin (fetch drops `Authorization` on another origin but
 * would forward `api-key` and other custom headers), and never for an upload.
 */
import type { OpenAIError } from "../errors";

/** The absolute target of a `location` header when it stays on the origin of `from`, else `undefined`. */
export function sameOrigin(from: string, location: string | null): string | undefined {
  try {
    const target = new URL(location as string, from);
    return location && target.origin === new URL(from).origin ? target.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Uploads are sent with `redirect: "error"` (see transport.ts), so a 3xx answer surfaces as a fetch
 * failure. Retrying would only get the same redirect: say what happened and stop.
 */
export function isRedirectRefusal(failure: OpenAIError): boolean {
  if (failure.kind !== "network" || !/redirect/i.test(failure.cause)) return false;
  failure.message = `${failure.message} (the server answered an upload with a redirect; uploads never follow redirects: point apiUrl at the final URL)`;
  return true;
}
