/** URL building: base + path joined with exactly one slash, ids percent-encoded into `{name}` slots. */
import { argumentError, type ArgumentError } from "../errors";

const SLOT = /\{(\w+)\}/g;

/**
 * Fills `{name}` slots of `template` from `ids`, checking each id is a non-empty string.
 * Returns the filled path or the `argument` error naming the bad id.
 */
export function fillPath(template: string, ids: Record<string, unknown> | undefined): string | ArgumentError {
  if (!ids) return template;
  let problem: ArgumentError | undefined;
  const path = template.replace(SLOT, (_slot, name: string) => {
    const id = ids[name];
    if (typeof id !== "string" || id.length === 0) {
      problem ??= argumentError(name, `${name} must be a non-empty string, got ${describeId(id)}`);
      return "";
    }
    return encodeURIComponent(id);
  });
  return problem ?? path;
}

/** Joins the base URL and a path with exactly one slash between them. */
export function joinUrl(base: string, path: string): string {
  const left = base.endsWith("/") ? base.slice(0, -1) : base;
  return path.startsWith("/") ? left + path : `${left}/${path}`;
}

function describeId(value: unknown): string {
  if (typeof value === "string") return "an empty string";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}
