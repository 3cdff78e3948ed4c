import { describe, expect, it } from "vitest";
import { completions, setConfig } from "../../src/index";
import completion from "../../fixtures/completion.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

describe("completions", () => {
  it("completions(params, config) sends POST /completions with a JSON body", async () => {
    const params = { model: "gpt-3.5-turbo-instruct", prompt: "once upon a time", max_tokens: 5, temperature: 1 };
    const result = await completions(params, mock.config());
    expect(result).toEqual(["ok", completion, expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) })]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/completions", json: params });
    expect(seen?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json", accept: "application/json" });
  });

  it("completions(params) uses the process-wide config", async () => {
    setConfig({ apiUrl: mock.server.url, apiKey: TEST_KEY });
    const result = await completions({ model: "davinci-002", prompt: ["a", "b"] });
    expect(result).toEqual(["ok", { ...completion, model: "davinci-002" }, expect.anything()]);
    expect(mock.server.lastRequest()?.json).toEqual({ model: "davinci-002", prompt: ["a", "b"] });
  });

  it("the deprecated completions(engineId, params, config) sends POST /engines/{id}/completions", async () => {
    const result = await completions("davinci", { prompt: "once upon a time", max_tokens: 5 }, mock.config());
    expect(result).toEqual(["ok", { ...completion, model: "davinci" }, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({
      method: "POST",
      path: "/engines/davinci/completions",
      json: { prompt: "once upon a time", max_tokens: 5 },
    });
  });

  it("the deprecated completions(engineId, { ...params, stream: true }) streams from POST /engines/{id}/completions", async () => {
    const params = { prompt: "once upon a time", max_tokens: 5 };
    const result = await completions("davinci", { ...params, stream: true }, mock.config());
    expect(result).toHaveLength(3);
    expect(result[0]).toBe("ok");
    if (result[0] !== "ok") return;
    const [, stream, meta] = result;
    expect(meta).toEqual(expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) }));
    expect(meta.headers["content-type"]).toContain("text/event-stream");
    expect(stream.meta).toEqual(meta);
    const items: unknown[] = [];
    for await (const item of stream) items.push(item);
    const chunk = (text: string, finish_reason: "length" | null) => ({
      id: completion.id,
      object: "text_completion",
      created: completion.created,
      model: "davinci",
      choices: [{ text, index: 0, logprobs: null, finish_reason }],
    });
    expect(items).toEqual([
      ["ok", chunk(" thing we", null)],
      ["ok", chunk(" are given", "length")],
    ]);
    expect(mock.server.requests).toHaveLength(1);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/engines/davinci/completions", query: {} });
    expect(seen?.json).toEqual({ ...params, stream: true });
    expect(seen?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json" });
  });

  it("an engine id is percent-encoded, and an empty one is an argument error with nothing sent", async () => {
    await completions("my engine/1", { prompt: "x" }, mock.config());
    expect(mock.server.lastRequest()?.url).toBe("/v1/engines/my%20engine%2F1/completions");
    mock.server.reset();
    const result = await completions("", { prompt: "x" }, mock.config());
    expect(result).toEqual(["error", { kind: "argument", argument: "engine_id", message: "engine_id must be a non-empty string, got an empty string" }]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a config in the params position is an argument error and nothing is sent", async () => {
    const result = await completions(mock.config() as never);
    expect(result[0]).toBe("error");
    expect(result[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });

  it("an unknown model comes back as an api error tuple", async () => {
    const [status, error] = await completions({ model: "no-such-model", prompt: "x" }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404, error: { code: "model_not_found" } });
  });
});
