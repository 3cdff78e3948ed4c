import { describe, expect, it } from "vitest";
import { models, modelsDelete } from "../../src/index";
import modelsList from "../../fixtures/models_list.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

describe("models", () => {
  it("models() lists with the default config", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      const result = await models();
      expect(result[0]).toBe("ok");
      expect(result[1]).toEqual(modelsList);
      const seen = mock.server.lastRequest();
      expect(seen).toMatchObject({ method: "GET", path: "/models", rawBody: new Uint8Array() });
      expect(seen?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
      expect(seen?.headers["content-type"]).toBeUndefined();
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
  });

  it("models(config) lists with a per-call config", async () => {
    const [status, list, meta] = await models(mock.config());
    expect(status).toBe("ok");
    expect(list).toEqual(modelsList);
    expect(meta?.status).toBe(200);
    expect(meta?.requestId).toMatch(/^req_mock_/);
  });

  it("models(modelId) and models(modelId, config) retrieve, percent-encoding the id", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      const result = await models("gpt-4o-mini");
      expect(result).toEqual(["ok", { id: "gpt-4o-mini", object: "model", created: 1651172505, owned_by: "openai-dev" }, expect.anything()]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    const result = await models("ft:gpt-4o-mini:acme/x y", mock.config());
    expect(result[0]).toBe("ok");
    expect(mock.server.lastRequest()?.url).toBe("/v1/models/ft:gpt-4o-mini:acme%2Fx%20y");
  });

  it("an unknown model is an api error tuple", async () => {
    const [status, error] = await models("nope", mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404, error: { code: "model_not_found" } });
  });

  it("modelsDelete(modelId) sends DELETE /models/{id}", async () => {
    const result = await modelsDelete("ft:gpt-4o-mini:acme::abc", mock.config());
    expect(result[0]).toBe("ok");
    expect(result[1]).toEqual({ id: "ft:gpt-4o-mini:acme::abc", object: "model", deleted: true });
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/models/ft:gpt-4o-mini:acme::abc" });
  });

  it("an id that is not a string is an argument error and nothing is sent", async () => {
    const result = await models(42 as unknown as string, mock.config());
    // 42 is not a string, so models() takes it as a config: the config check rejects it.
    expect(result).toEqual([
      "error",
      {
        kind: "argument",
        argument: "config",
        message: 'the config argument must be an object like { apiKey }, got number; a model id is a string such as "gpt-4o-mini"',
      },
    ]);
    const deleted = await modelsDelete("", mock.config());
    expect(deleted).toEqual(["error", { kind: "argument", argument: "model", message: "model must be a non-empty string, got an empty string" }]);
    expect(mock.server.requests).toHaveLength(0);
  });
});
