import { describe, expect, it } from "vitest";
import { moderations } from "../../src/api/moderations/moderations";
import moderationFixture from "../../fixtures/moderation.json";
import { MOCK_RATE_LIMIT, TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

describe("moderations", () => {
  it("POSTs the input to /moderations and returns the verdicts", async () => {
    const params = { input: "I want to kill them." };
    const result = await moderations(params, mock.config());
    expect(result).toEqual([
      "ok",
      moderationFixture,
      {
        status: 200,
        headers: expect.objectContaining({ "content-type": "application/json" }),
        requestId: expect.stringMatching(/^req_mock_/),
        rateLimit: MOCK_RATE_LIMIT,
      },
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/moderations", json: params });
    expect(mock.server.lastRequest()?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json" });
  });

  it("sends a model and multi-modal input as given", async () => {
    const params = {
      model: "omni-moderation-latest",
      input: [
        { type: "text" as const, text: "hello" },
        { type: "image_url" as const, image_url: { url: "https://example.com/a.png" } },
      ],
    };
    expect((await moderations(params, mock.config()))[0]).toBe("ok");
    expect(mock.server.lastRequest()?.json).toEqual(params);
  });

  it("a model that does not exist is a 404 api error", async () => {
    const result = await moderations({ input: "x", model: "moderation-nope" }, mock.config());
    expect(result).toEqual([
      "error",
      expect.objectContaining({
        kind: "api",
        status: 404,
        error: expect.objectContaining({ code: "model_not_found" }),
        message: expect.stringContaining("POST /moderations"),
      }),
    ]);
  });

  it("input missing → the server's 4xx comes back as the error tuple (no local field checks)", async () => {
    mock.server.on("POST /moderations", {
      status: 400,
      body: { error: { message: "'input' is a required property", type: "invalid_request_error", param: null, code: null } },
    });
    const result = await moderations({} as never, mock.config());
    expect(result).toMatchObject(["error", { kind: "api", status: 400 }]);
    expect(mock.server.lastRequest()?.json).toEqual({});
  });
});
