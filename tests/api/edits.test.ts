import { describe, expect, it } from "vitest";
import { edits } from "../../src/index";
import edit from "../../fixtures/edit.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

describe("edits (deprecated)", () => {
  it("edits(params, config) sends POST /edits with a JSON body", async () => {
    const params = { model: "text-davinci-edit-001", input: "What day of the wek is it?", instruction: "Fix the spelling mistakes" };
    const result = await edits(params, mock.config());
    expect(result).toEqual(["ok", edit, expect.objectContaining({ status: 200 })]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/edits", json: params });
    expect(seen?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, "content-type": "application/json" });
  });

  it("params that are not an object are an argument error and nothing is sent", async () => {
    const result = await edits("fix it" as never, mock.config());
    expect(result).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "params" })]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a server error on the retired endpoint is an error tuple", async () => {
    mock.server.on("POST /edits", {
      status: 404,
      body: { error: { message: "Invalid URL (POST /v1/edits)", type: "invalid_request_error", param: null, code: null } },
    });
    const [status, error] = await edits({ model: "text-davinci-edit-001", instruction: "x" }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404, message: "404 Invalid URL (POST /v1/edits) (POST /edits)" });
  });
});
