import { describe, expect, it } from "vitest";
import { embeddings } from "../../src/api/embeddings/embeddings";
import embeddingsFixture from "../../fixtures/embeddings.json";
import { MOCK_RATE_LIMIT, TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

describe("embeddings", () => {
  it("POSTs model and input to /embeddings and returns the vectors", async () => {
    const params = { model: "text-embedding-ada-002", input: "The food was delicious and the waiter..." };
    const result = await embeddings(params, mock.config());
    expect(result).toEqual([
      "ok",
      embeddingsFixture,
      {
        status: 200,
        headers: expect.objectContaining({ "content-type": "application/json" }),
        requestId: expect.stringMatching(/^req_mock_/),
        rateLimit: MOCK_RATE_LIMIT,
      },
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/embeddings", json: params });
    expect(mock.server.lastRequest()?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json" });
    expect(result[0] === "ok" && result[1].data[0]?.embedding).toHaveLength(1536);
  });

  it("sends arrays of inputs and optional fields as given", async () => {
    const params = { model: "text-embedding-3-small", input: ["one", "two"], dimensions: 256, encoding_format: "float" as const, user: "u-1" };
    expect((await embeddings(params, mock.config()))[0]).toBe("ok");
    expect(mock.server.lastRequest()?.json).toEqual(params);
  });

  it("a model that does not exist is a 404 api error", async () => {
    const result = await embeddings({ model: "embed-nope", input: "x" }, mock.config());
    expect(result).toEqual([
      "error",
      {
        kind: "api",
        status: 404,
        message: expect.stringContaining("(POST /embeddings)"),
        error: {
          message: "The model `embed-nope` does not exist or you do not have access to it.",
          type: "invalid_request_error",
          param: null,
          code: "model_not_found",
        },
        body: { error: expect.objectContaining({ code: "model_not_found" }) },
        headers: expect.any(Object),
        requestId: expect.any(String),
      },
    ]);
  });
});
