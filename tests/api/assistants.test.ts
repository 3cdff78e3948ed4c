import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  assistantFile,
  assistantFileCreate,
  assistantFileDelete,
  assistantFiles,
  assistants,
  assistantsCreate,
  assistantsDelete,
  assistantsModify,
  resetConfig,
  setConfig,
} from "../../src/index";
import assistant from "../../fixtures/assistant_object.json";
import assistantList from "../../fixtures/assistant_list.json";
import assistantFileFixture from "../../fixtures/assistant_file.json";
import assistantFileList from "../../fixtures/assistant_file_list.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

/** The one request the server received. */
function seen() {
  expect(mock.server.requests).toHaveLength(1);
  return mock.server.requests[0]!;
}

describe("assistants", () => {
  it("assistants() lists with the environment's config, sending OpenAI-Beta: assistants=v2", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      const result = await assistants();
      expect(result).toEqual(["ok", assistantList, expect.objectContaining({ status: 200 })]);
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    const request = seen();
    expect(request).toMatchObject({ method: "GET", path: "/assistants", query: {}, bodySize: 0 });
    expect(request.headers["openai-beta"]).toBe("assistants=v2");
    expect(request.headers["content-type"]).toBeUndefined();
  });

  it("assistants(params, config) sends limit, order, after, before as the query and returns the list untouched", async () => {
    const result = await assistants({ limit: 10, order: "desc", after: "asst_a", before: "asst_z" }, mock.config());
    expect(result[0]).toBe("ok");
    expect(result[1]).toEqual(assistantList);
    expect(seen()).toMatchObject({ method: "GET", path: "/assistants", query: { limit: "10", order: "desc", after: "asst_a", before: "asst_z" } });
  });

  it("assistants({}, config) lists with only a config", async () => {
    const [status] = await assistants({}, mock.config());
    expect(status).toBe("ok");
    expect(seen()).toMatchObject({ method: "GET", path: "/assistants", query: {} });
  });

  it("assistants(id, config) retrieves, percent-encoding the id", async () => {
    const [status, data] = await assistants("asst_abc123", mock.config());
    expect(status).toBe("ok");
    expect(data).toEqual(assistant);
    expect(seen()).toMatchObject({ method: "GET", path: "/assistants/asst_abc123" });
    mock.server.reset();
    await assistants("asst_a/b c", mock.config());
    expect(seen().url).toBe("/v1/assistants/asst_a%2Fb%20c");
  });

  it("assistants(id) with an unknown id is the api error tuple", async () => {
    const result = await assistants("nope", mock.config());
    expect(result).toEqual([
      "error",
      expect.objectContaining({
        kind: "api",
        status: 404,
        error: { message: "No assistant found with id 'nope'.", type: "invalid_request_error", param: null, code: null },
      }),
    ]);
  });

  it("assistantsCreate(params) posts the JSON body", async () => {
    const params = {
      model: "gpt-3.5-turbo-1106",
      name: "My assistant",
      instructions: "You are a research assistant.",
      tools: [{ type: "code_interpreter" as const }],
    };
    const [status, data] = await assistantsCreate(params, mock.config());
    expect(status).toBe("ok");
    expect(data).toEqual({ ...assistant, created_at: 1699640038, metadata: {}, ...params });
    const request = seen();
    expect(request).toMatchObject({ method: "POST", path: "/assistants", json: params });
    expect(request.headers).toMatchObject({ "content-type": "application/json", "openai-beta": "assistants=v2" });
  });

  it("assistantsModify(id, params) posts to /assistants/{id}", async () => {
    const [status, data] = await assistantsModify("asst_abc123", { model: "gpt-4-1106-preview", name: "My upgraded assistant" }, mock.config());
    expect(status).toBe("ok");
    expect(data).toEqual({ ...assistant, model: "gpt-4-1106-preview", name: "My upgraded assistant" });
    expect(seen()).toMatchObject({ method: "POST", path: "/assistants/asst_abc123", json: { model: "gpt-4-1106-preview", name: "My upgraded assistant" } });
  });

  it("assistantsDelete(id) sends DELETE without a body", async () => {
    const result = await assistantsDelete("asst_abc123", mock.config());
    expect(result).toEqual(["ok", { id: "asst_abc123", object: "assistant.deleted", deleted: true }, expect.anything()]);
    const request = seen();
    expect(request).toMatchObject({ method: "DELETE", path: "/assistants/asst_abc123", bodySize: 0 });
    expect(request.headers["openai-beta"]).toBe("assistants=v2");
    expect(request.headers["content-type"]).toBeUndefined();
  });

  it("a params object carrying a config key is an argument error and nothing is sent", async () => {
    const result = await assistants({ limit: 2, apiKey: TEST_KEY } as never);
    expect(result[0]).toBe("error");
    expect(result[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(JSON.stringify(result)).not.toContain(TEST_KEY);
    const empty = await assistantsDelete("", mock.config());
    expect(empty).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "assistantId" })]);
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("assistant files (v1)", () => {
  it("assistantFiles(id) and assistantFiles(id, params, config) list with the query", async () => {
    const result = await assistantFiles("asst_abc123", undefined, mock.config());
    expect(result).toEqual(["ok", assistantFileList, expect.anything()]);
    expect(seen()).toMatchObject({ method: "GET", path: "/assistants/asst_abc123/files", query: {} });
    mock.server.reset();
    await assistantFiles("asst_abc123", { order: "desc", limit: 5, after: "file-a", before: "file-z" }, mock.config());
    expect(seen()).toMatchObject({ query: { order: "desc", limit: "5", after: "file-a", before: "file-z" } });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("assistantFile(assistantId, fileId) retrieves", async () => {
    const result = await assistantFile("asst_abc123", "file-abc123", mock.config());
    expect(result).toEqual(["ok", assistantFileFixture, expect.anything()]);
    expect(seen()).toMatchObject({ method: "GET", path: "/assistants/asst_abc123/files/file-abc123" });
  });

  it("assistantFileCreate(assistantId, { file_id }) posts the file id", async () => {
    const result = await assistantFileCreate("asst_abc123", { file_id: "file-xyz" }, mock.config());
    expect(result).toEqual(["ok", { ...assistantFileFixture, id: "file-xyz" }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "POST", path: "/assistants/asst_abc123/files", json: { file_id: "file-xyz" } });
  });

  it("assistantFileDelete(assistantId, fileId) sends DELETE", async () => {
    const result = await assistantFileDelete("asst_abc123", "file-abc123", mock.config());
    expect(result).toEqual(["ok", { id: "file-abc123", object: "assistant.file.deleted", deleted: true }, expect.anything()]);
    expect(seen()).toMatchObject({ method: "DELETE", path: "/assistants/asst_abc123/files/file-abc123", bodySize: 0 });
  });
});

describe("the OpenAI-Beta rule", () => {
  const betaSent = () => mock.server.lastRequest()?.headers["openai-beta"];
  let dir: string | undefined;
  afterEach(() => {
    delete process.env.OPENAI_BETA;
    delete process.env.OPENAI_CONFIG_FILE;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
    resetConfig();
  });

  it("defaults to assistants=v2", async () => {
    await assistants("asst_abc123", mock.config());
    expect(betaSent()).toBe("assistants=v2");
  });

  it("sends the per-call beta", async () => {
    await assistants("asst_abc123", mock.config({ beta: "assistants=v1" }));
    expect(betaSent()).toBe("assistants=v1");
  });

  it("sends the beta of setConfig", async () => {
    expect(setConfig({ beta: "assistants=v1" })[0]).toBe("ok");
    await assistantsDelete("asst_abc123", mock.config());
    expect(betaSent()).toBe("assistants=v1");
  });

  it("sends env OPENAI_BETA", async () => {
    process.env.OPENAI_BETA = "assistants=v1";
    await assistantFiles("asst_abc123", {}, mock.config());
    expect(betaSent()).toBe("assistants=v1");
  });

  it("sends the beta of the config file", async () => {
    dir = mkdtempSync(join(tmpdir(), "openai-ex-beta-"));
    const file = join(dir, "openai.config.json");
    writeFileSync(file, JSON.stringify({ beta: "assistants=v1" }));
    process.env.OPENAI_CONFIG_FILE = file;
    await assistantsCreate({ model: "gpt-4o-mini" }, mock.config());
    expect(betaSent()).toBe("assistants=v1");
  });

  it("a per-call beta wins over setConfig and the environment", async () => {
    process.env.OPENAI_BETA = "assistants=v1";
    setConfig({ beta: "assistants=v1" });
    await assistants({}, mock.config({ beta: "assistants=v2,other=1" }));
    expect(betaSent()).toBe("assistants=v2,other=1");
  });
});
