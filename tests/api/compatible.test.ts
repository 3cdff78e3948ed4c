/**
 * The recipes of docs/api/compatible.md, with the exact request each one sends: a local
 * OpenAI-compatible server without a key, and Azure OpenAI with `api-key` and `api-version`.
 */
import { describe, expect, it } from "vitest";
import { chatCompletion, fineTuningJobs, models, responsesCreate, type Config } from "../../src/index";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const messages = [{ role: "user" as const, content: "Hello" }];

describe("OpenAI-compatible servers", () => {
  it("a local server with no key: no Authorization header, path joined under the base URL", async () => {
    // What a user writes for Ollama is { apiUrl: "http://localhost:11434/v1" }; here the mock stands in for it.
    const local: Config = { apiUrl: mock.server.url };
    const [status] = await chatCompletion({ model: "gpt-4o-mini", messages }, local);
    expect(status).toBe("ok");
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", url: "/v1/chat/completions", json: { model: "gpt-4o-mini", messages } });
    expect(seen?.headers.authorization).toBeUndefined();
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("a base URL with a trailing slash still joins with exactly one slash", async () => {
    await models({ apiUrl: `${mock.server.url}/` });
    expect(mock.server.lastRequest()?.url).toBe("/v1/models");
  });

  it("the same local server with OPENAI_BASE_URL set and no key", async () => {
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      const [status] = await responsesCreate({ model: "gpt-4o-mini", input: "Hi" });
      expect(status).toBe("ok");
      expect(mock.server.lastRequest()?.headers.authorization).toBeUndefined();
      expect(mock.server.lastRequest()?.url).toBe("/v1/responses");
    } finally {
      delete process.env.OPENAI_BASE_URL;
    }
  });

  it("no key for api.openai.com is a config error, and nothing is sent", async () => {
    const [status, error] = await chatCompletion({ model: "gpt-4o-mini", messages }, { apiUrl: "https://api.openai.com/v1" });
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "config" });
  });
});

describe("Azure OpenAI", () => {
  // Azure's base URL is the deployment; `api-key` replaces the bearer token; `api-version` goes in every query.
  const azure = (): Config => ({
    apiUrl: `${mock.server.origin}/openai/deployments/gpt-4o-mini`,
    httpOptions: { headers: { "api-key": "azure-key-0123456789" }, query: { "api-version": "2024-10-21" }, retryDelay: 1 },
  });

  it("sends api-key, api-version and the deployment path, and no Authorization header", async () => {
    // The mock's default routes live under /v1; the deployment path gets its own reply.
    mock.server.on("POST /openai/deployments/gpt-4o-mini/chat/completions", { body: { object: "chat.completion", choices: [] } });
    const [status, completion] = await chatCompletion({ model: "gpt-4o-mini", messages }, azure());
    expect(status).toBe("ok");
    expect(completion).toMatchObject({ object: "chat.completion" });
    const seen = mock.server.requests[0];
    expect(seen).toMatchObject({ method: "POST", url: "/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21" });
    expect(seen?.query).toEqual({ "api-version": "2024-10-21" });
    expect(seen?.headers["api-key"]).toBe("azure-key-0123456789");
    expect(seen?.headers.authorization).toBeUndefined();
    expect(seen?.json).toEqual({ model: "gpt-4o-mini", messages });
  });

  it("api-version is merged with a list function's own query", async () => {
    mock.server.on("GET /openai/deployments/gpt-4o-mini/fine_tuning/jobs", { body: { object: "list", data: [], has_more: false } });
    const [status] = await fineTuningJobs({ limit: 2 }, azure());
    expect(status).toBe("ok");
    const seen = mock.server.lastRequest();
    expect(seen?.query).toEqual({ limit: "2", "api-version": "2024-10-21" });
    expect(seen?.headers["api-key"]).toBe("azure-key-0123456789");
  });

  it("a key given both as api-key and as apiKey is scrubbed from errors", async () => {
    mock.server.on("POST /openai/deployments/gpt-4o-mini/chat/completions", {
      status: 401,
      body: {
        error: { message: "Access denied due to invalid subscription key azure-key-0123456789.", type: "invalid_request_error", param: null, code: "401" },
      },
    });
    const [status, error] = await chatCompletion({ model: "gpt-4o-mini", messages }, { ...azure(), apiKey: "azure-key-0123456789" });
    expect(status).toBe("error");
    expect(JSON.stringify(error)).not.toContain("azure-key-0123456789");
  });
});
