/** The `x-ratelimit-*` headers the mock server sends with every reply, as OpenAI does. */
import type { MockRateLimit } from "./types";

const HEADERS: ReadonlyArray<readonly [keyof MockRateLimit, string]> = [
  ["limitRequests", "x-ratelimit-limit-requests"],
  ["limitTokens", "x-ratelimit-limit-tokens"],
  ["remainingRequests", "x-ratelimit-remaining-requests"],
  ["remainingTokens", "x-ratelimit-remaining-tokens"],
  ["resetRequests", "x-ratelimit-reset-requests"],
  ["resetTokens", "x-ratelimit-reset-tokens"],
];

/** What the mock server reports unless told otherwise: a budget far from exhausted. */
export const DEFAULT_RATE_LIMIT: Required<MockRateLimit> = {
  limitRequests: 10_000,
  limitTokens: 2_000_000,
  remainingRequests: 9_999,
  remainingTokens: 1_999_000,
  resetRequests: "6ms",
  resetTokens: "30ms",
};

/**
 * The headers for `option` (`startMockServer({ rateLimit })`): the defaults with the given fields
 * replaced, or none for `false`. A reply's own headers still win over these.
 *
 * @param option The server option.
 * @returns Lower-cased header names and values.
 * @example
 * rateLimitHeaders({ remainingRequests: 0 })["x-ratelimit-remaining-requests"]; // "0"
 */
export function rateLimitHeaders(option: MockRateLimit | false | undefined): Record<string, string> {
  if (option === false) return {};
  const values = { ...DEFAULT_RATE_LIMIT, ...option };
  const headers: Record<string, string> = {};
  for (const [field, header] of HEADERS) if (values[field] !== undefined) headers[header] = String(values[field]);
  return headers;
}
