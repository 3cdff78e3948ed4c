/** Request headers: identity and auth first, then the caller's `httpOptions.headers`. */
import type { ResolvedConfig } from "../config";

import { VERSION } from "../version";

const USER_AGENT = `openai-ex/${VERSION}`;

export interface HeaderNeeds {
  /** The value of `Accept`. */
  accept: string;
  /** A JSON body is sent: add `Content-Type: application/json`. */
  json: boolean;
  /** The assistants family: send `OpenAI-Beta` (`assistants=v2` unless configured). */
  beta: boolean;
}

/** Builds the header record for one call; names lower-cased so custom headers override by name. */
export function buildHeaders(config: ResolvedConfig, needs: HeaderNeeds): Record<string, string> {
  const headers: Record<string, string> = { accept: needs.accept, "user-agent": USER_AGENT };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  if (config.organizationKey) headers["openai-organization"] = config.organizationKey;
  if (config.projectKey) headers["openai-project"] = config.projectKey;
  if (config.beta) headers["openai-beta"] = config.beta;
  else if (needs.beta) headers["openai-beta"] = "assistants=v2";
  const custom = config.httpOptions.headers;
  for (const name in custom) headers[name.toLowerCase()] = custom[name] as string;
  // A custom Content-Type applies to JSON bodies only: fetch must set the multipart boundary itself,
  // and a GET or DELETE carries no body to describe.
  if (needs.json) headers["content-type"] ??= "application/json";
  else delete headers["content-type"];
  return headers;
}
