// Request headers on their own: the exact record for each config and need.
import { describe, expect, it } from "vitest";
import { resolveConfig, type Config, type ResolvedConfig } from "../../src/config";
import { buildHeaders } from "../../src/_internal/headers";
import { VERSION } from "../../src/version";

function config(extra: Config = {}): ResolvedConfig {
  const resolved = resolveConfig({ apiUrl: "http://127.0.0.1:9/v1", ...extra }, undefined);
  if ("kind" in resolved) throw new Error(resolved.message);
  return resolved;
}
const GET = { accept: "application/json", json: false, beta: false };
const JSON_POST = { accept: "application/json", json: true, beta: false };
const AGENT = `openai-ex/${VERSION}`;

describe("buildHeaders", () => {
  it("sends only Accept and User-Agent without credentials", () => {
    expect(buildHeaders(config(), GET)).toEqual({ accept: "application/json", "user-agent": AGENT });
  });

  it("adds Authorization, organization, project and Content-Type when there is something to say", () => {
    expect(buildHeaders(config({ apiKey: "sk-1", organizationKey: "org-1", projectKey: "proj-1" }), JSON_POST)).toEqual({
      accept: "application/json",
      "user-agent": AGENT,
      authorization: "Bearer sk-1",
      "openai-organization": "org-1",
      "openai-project": "proj-1",
      "content-type": "application/json",
    });
  });

  it("sends OpenAI-Beta as configured, else assistants=v2 for the assistants family only", () => {
    expect(buildHeaders(config({ beta: "realtime=v1" }), GET)["openai-beta"]).toBe("realtime=v1");
    expect(buildHeaders(config({ beta: "realtime=v1" }), { ...GET, beta: true })["openai-beta"]).toBe("realtime=v1");
    expect(buildHeaders(config(), { ...GET, beta: true })["openai-beta"]).toBe("assistants=v2");
    expect(buildHeaders(config(), GET)).not.toHaveProperty("openai-beta");
  });

  it("lets custom headers override by name in any case", () => {
    const headers = buildHeaders(config({ apiKey: "sk-1", httpOptions: { headers: { Authorization: "Basic x", "X-Team": "a" } } }), GET);
    expect(headers).toEqual({ accept: "application/json", "user-agent": AGENT, authorization: "Basic x", "x-team": "a" });
  });

  it("keeps a custom Content-Type for a JSON body only", () => {
    const custom = config({ httpOptions: { headers: { "Content-Type": "application/json; charset=utf-8" } } });
    expect(buildHeaders(custom, JSON_POST)["content-type"]).toBe("application/json; charset=utf-8");
    expect(buildHeaders(custom, GET)).not.toHaveProperty("content-type");
  });
});
