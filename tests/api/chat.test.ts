import { describe, expect, it } from "vitest";
import { chatCompletion } from "../../src/api/chat/chatCompletion";
import type { ChatCompletionParams } from "../../src/types/chat";
import chatFixture from "../../fixtures/chat_completion.json";
import notFound from "../../fixtures/error_model_not_found.json";
import { MOCK_RATE_LIMIT, TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

// The request of the seed README's chat example.
const params: ChatCompletionParams = {
  model: "gpt-3.5-turbo",
  messages: [
    { role: "system", content: "You are a helpful assistant." },
    { role: "user", content: "Who won the world series in 2020?" },
    { role: "assistant", content: "The Los Angeles Dodgers won the World Series in 2020." },
    { role: "user", content: "Where was it played?" },
  ],
};

describe("chatCompletion (non-stream)", () => {
  it("POSTs the params as JSON to /chat/completions and returns the completion", async () => {
    const result = await chatCompletion(params, mock.config());
    expect(result).toEqual([
      "ok",
      chatFixture,
      {
        status: 200,
        headers: expect.objectContaining({ "content-type": "application/json" }),
        requestId: expect.stringMatching(/^req_mock_/),
        rateLimit: MOCK_RATE_LIMIT,
      },
    ]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/chat/completions", query: {}, json: params });
    expect(new TextDecoder().decode(seen?.rawBody)).toBe(JSON.stringify(params));
    expect(seen?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json", accept: "application/json" });
    expect(mock.server.requests).toHaveLength(1);
  });

  it("sends optional fields exactly as given (wire names, nothing renamed)", async () => {
    const full: ChatCompletionParams = {
      ...params,
      temperature: 0.2,
      max_tokens: 64,
      response_format: { type: "json_object" },
      tools: [{ type: "function", function: { name: "get_weather", parameters: { type: "object", properties: {} } } }],
      tool_choice: "auto",
      user: "user-1",
    } as ChatCompletionParams;
    const [status] = await chatCompletion(full, mock.config());
    expect(status).toBe("ok");
    expect(mock.server.lastRequest()?.json).toEqual(full);
  });

  it("uses the environment when no config is given", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      const [status, data] = await chatCompletion(params);
      expect(status).toBe("ok");
      expect(data).toEqual(chatFixture);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
  });

  it("a model that does not exist is a 404 api error", async () => {
    const result = await chatCompletion({ ...params, model: "gpt-nonexistent" }, mock.config());
    expect(result).toEqual([
      "error",
      {
        kind: "api",
        status: 404,
        message: expect.stringMatching(/^404 The model `gpt-nonexistent` does not exist.*\(POST \/chat\/completions\)$/),
        error: notFound.error,
        body: notFound,
        headers: expect.objectContaining({ "content-type": "application/json" }),
        requestId: expect.stringMatching(/^req_mock_/),
      },
    ]);
    expect(mock.server.lastRequest()?.json).toMatchObject({ model: "gpt-nonexistent" });
    expect(mock.server.requests).toHaveLength(1);
  });
});
