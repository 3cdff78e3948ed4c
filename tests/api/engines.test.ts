import { describe, expect, it } from "vitest";
import { engines } from "../../src/index";
import engine from "../../fixtures/engine.json";
import list from "../../fixtures/engines_list.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

function withEnv<T>(run: () => Promise<T>): Promise<T> {
  process.env.OPENAI_API_KEY = TEST_KEY;
  process.env.OPENAI_BASE_URL = mock.server.url;
  return run().finally(() => {
    delete process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_BASE_URL;
  });
}

describe("engines (deprecated)", () => {
  it("engines() lists with the default config", async () => {
    const result = await withEnv(() => engines());
    expect(result).toEqual(["ok", list, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/engines", rawBody: new Uint8Array() });
    expect(mock.server.lastRequest()?.headers["content-type"]).toBeUndefined();
  });

  it("engines(config) lists with a per-call config", async () => {
    const result = await engines(mock.config());
    expect(result).toEqual(["ok", list, expect.objectContaining({ status: 200 })]);
    expect(mock.server.lastRequest()?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it("engines(engineId) and engines(engineId, config) retrieve", async () => {
    const first = await withEnv(() => engines("davinci"));
    expect(first).toEqual(["ok", engine, expect.anything()]);
    const second = await engines("curie", mock.config());
    expect(second).toEqual(["ok", { ...engine, id: "curie" }, expect.anything()]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/engines/curie" });
  });

  it("an unknown engine is an api error; an empty id is an argument error with nothing sent", async () => {
    const [status, error] = await engines("nope", mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404 });
    mock.server.reset();
    expect(await engines("", mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "engine_id" })]);
    expect(mock.server.requests).toHaveLength(0);
  });
});
