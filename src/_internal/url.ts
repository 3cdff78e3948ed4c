/** URL building: base + path joined with exactly one slash, ids percent-encoded into `{name}` slots. */
import { argumentError, type ArgumentError } from "../errors";
import { describe } from "./args";

/**
 * Fills `{name}` slots of `template` from `ids`, checking each id is a non-empty string.
 * Returns the filled path or the `argument` error naming the bad id.
 */
export function fillPath(template: string, ids: Record<string, unknown> | undefined): string | ArgumentError {
  let problem: ArgumentError | undefined;
  const path = ids
    ? template.replace(/\{(\w+)\}/g, (_slot, name: string) => {
        const id = ids[name];
        // "." and ".." survive percent-encoding and the URL parser would resolve them to another resource.
        if (typeof id === "string" && id && id !== "." && id !== "..") return encodeSegment(id);
        problem ??= argumentError(
          name,
          typeof id === "string" && id ? `${name} must be an id, got "${id}"` : `${name} must be a non-empty string, got ${describe(id)}`,
        );
        // Stryker disable next-line StringLiteral: the path is dropped when an id is bad
        return "";
      })
    : template;
  return problem ?? path;
}

/** Joins the base URL and a path with exactly one slash between them. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, "") + (path[0] === "/" ? path : `/${path}`);
}

/**
 * Percent-encodes one path segment, keeping the sub-delimiters, `:` and `@` that a segment may hold
 * as they are (so `ft:gpt-4o-mini:acme::abc` goes out unchanged); `/`, `?`, `#`, `%`, spaces and
 * non-ASCII characters are still encoded.
 *
 * @example
 * encodeSegment("ft:gpt-4o-mini:acme::abc"); // "ft:gpt-4o-mini:acme::abc"
 * encodeSegment("a/b c?"); // "a%2Fb%20c%3F"
 */
export function encodeSegment(id: string): string {
  return encodeURIComponent(id).replace(/%(3A|40|24|26|2B|2C|3B|3D)/g, decodeURIComponent);
}
