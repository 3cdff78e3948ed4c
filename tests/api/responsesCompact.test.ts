import { describe, expect, it } from "vitest";
import { responsesCompact, responsesInputTokens } from "../../src/index";
import inputTokensFixture from "../../fixtures/responses_input_tokens.json";
import compactionFixture from "../../fixtures/responses_compaction.json";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();

describe("responsesInputTokens and responsesCompact", () => {
  it("responsesInputTokens(params) posts the input as JSON and answers the count", async () => {
    const params = { model: "gpt-4o-mini", input: "How many tokens is this?", instructions: "Be brief." };
    expect(await responsesInputTokens(params, mock.config())).toEqual(["ok", inputTokensFixture, expect.objectContaining({ status: 200 })]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/responses/input_tokens", query: {}, json: params });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("responsesCompact(params) posts the conversation and answers the compacted items", async () => {
    const params = { model: "gpt-5", previous_response_id: "resp_abc123" };
    const [status, compacted] = await responsesCompact(params, mock.config());
    expect(status).toBe("ok");
    expect(compacted).toEqual({ ...compactionFixture, id: expect.stringMatching(/^resp_cmp_/) });
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/responses/compact", json: params });
  });

  it("an unknown model is the api error tuple; bad params send nothing", async () => {
    expect((await responsesInputTokens({ model: "gpt-nope", input: "x" }, mock.config()))[1]).toMatchObject({
      kind: "api",
      status: 404,
      error: { code: "model_not_found" },
    });
    mock.server.reset();
    expect((await responsesCompact([] as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect((await responsesInputTokens(undefined as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });
});
